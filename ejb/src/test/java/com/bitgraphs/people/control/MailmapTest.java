package com.bitgraphs.people.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailmapTest {

    @Test
    void readsGitsFourFormsAndSkipsComments() {
        Mailmap mailmap = Mailmap.parse("""
                # the team
                Ada Lovelace <ada@old.example>
                <ada@example.com> <Ada@Laptop.local>
                Ada Lovelace <ada@example.com> <ada@work.example>  # moved
                Ada Lovelace <ada@example.com> ada <ADA@shared.example>

                """);

        assertThat(mailmap.errors()).isEmpty();
        assertThat(mailmap.entries()).containsExactly(
                new MailmapEntry("Ada Lovelace", null, null, "ada@old.example"),
                new MailmapEntry(null, "ada@example.com", null, "ada@laptop.local"),
                new MailmapEntry("Ada Lovelace", "ada@example.com", null, "ada@work.example"),
                new MailmapEntry("Ada Lovelace", "ada@example.com", "ada", "ada@shared.example"));
    }

    @Test
    void namesTheLinesItCannotRead() {
        Mailmap mailmap = Mailmap.parse("""
                Ada <ada@example.com>
                no email at all
                <lonely@example.com>
                A <a@x> B <b@x> C <c@x>
                """);

        assertThat(mailmap.entries()).hasSize(1);
        assertThat(mailmap.errors()).hasSize(3)
                .anySatisfy(error -> assertThat(error).startsWith("line 2:"))
                .anySatisfy(error -> assertThat(error).startsWith("line 3:"))
                .anySatisfy(error -> assertThat(error).startsWith("line 4:"));
    }
}
