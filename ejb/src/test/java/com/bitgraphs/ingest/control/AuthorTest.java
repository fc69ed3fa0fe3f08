package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.Commit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An author is a Bitbucket user when Bitbucket names one, else the name and email of author.raw. */
class AuthorTest {

    @Test
    void bitbucketUserKeepsNoEmail() {
        Author author = Author.of(new Commit.Author("Alice Smith <alice@example.com>",
                new Account("{a-1}", "557058:a", "Alice S.", "alice", "user")));

        assertThat(author).isEqualTo(new Author("{a-1}", "Alice S.", null));
    }

    @Test
    void authorWithoutAccountIsNameAndEmailOfRaw() {
        Author author = Author.of(new Commit.Author("Zoë Ünïcode <zoe@example.org>", null));

        assertThat(author).isEqualTo(new Author(null, "Zoë Ünïcode", "zoe@example.org"));
    }

    @Test
    void malformedRawStillNamesSomeone() {
        assertThat(Author.of(new Commit.Author("just a name", null)))
                .isEqualTo(new Author(null, "just a name", "just.a.name@unknown"));
        assertThat(Author.of(new Commit.Author("<only@mail>", null))).isEqualTo(new Author(null, "only@mail", "only@mail"));
        assertThat(Author.of(null)).isEqualTo(new Author(null, "unknown", "unknown"));
    }
}
