package com.bitgraphs.people.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonResolutionTest {

    private static final KnownIdentity LAPTOP = new KnownIdentity(1, null, "ada@laptop.local", "ada");
    private static final KnownIdentity WORK = new KnownIdentity(2, null, "ada@example.com", "Ada L.");
    private static final KnownIdentity USER = new KnownIdentity(3, "{9c1e}", null, "Ada Lovelace");
    private static final KnownIdentity BOB = new KnownIdentity(4, null, "bob@example.com", "Bob");
    private static final List<KnownIdentity> ALL = List.of(LAPTOP, WORK, USER, BOB);

    @Test
    void withoutRulesEveryIdentityIsItsOwnPerson() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL, Mailmap.parse(""), List.of());

        assertThat(people.values()).containsOnly(new PersonAssignment(null, null));
    }

    @Test
    void mailmapGroupsUnderTheIdentityThatOwnsTheProperEmailEvenWhenItIsNewer() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL,
                Mailmap.parse("Ada Lovelace <ada@example.com> <ada@laptop.local>"), List.of());

        assertThat(people.get(1L)).isEqualTo(new PersonAssignment(2L, null));
        assertThat(people.get(2L)).isEqualTo(new PersonAssignment(null, "Ada Lovelace"));
        assertThat(people.get(4L)).isEqualTo(new PersonAssignment(null, null));
    }

    @Test
    void aBitbucketAccountIsNamedByItsUuid() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL,
                Mailmap.parse("<ada@example.com> <{9C1E}>"), List.of());

        assertThat(people.get(3L)).isEqualTo(new PersonAssignment(2L, null));
    }

    @Test
    void aLineWithTheCommitNameWinsOverALineWithTheEmailOnly() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL, Mailmap.parse("""
                <bob@example.com> <ada@laptop.local>
                <ada@example.com> ADA <ada@laptop.local>
                """), List.of());

        assertThat(people.get(1L).personId()).isEqualTo(2L);
    }

    @Test
    void mergesJoinWholeGroupsAndKeepTheMergedIntoSideCanonical() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL,
                Mailmap.parse("<ada@example.com> <ada@laptop.local>"),
                List.of(new Merge(2, 3)));

        assertThat(people.get(1L)).isEqualTo(new PersonAssignment(3L, null));
        assertThat(people.get(2L)).isEqualTo(new PersonAssignment(3L, null));
        assertThat(people.get(3L)).isEqualTo(new PersonAssignment(null, null));
    }

    @Test
    void mergesNamingUnknownOrSameGroupIdentitiesChangeNothing() {
        Map<Long, PersonAssignment> people = PersonResolution.resolve(ALL, Mailmap.parse(""),
                List.of(new Merge(1, 99), new Merge(4, 4)));

        assertThat(people.values()).containsOnly(new PersonAssignment(null, null));
    }
}
