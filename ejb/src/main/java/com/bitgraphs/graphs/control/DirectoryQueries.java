package com.bitgraphs.graphs.control;

import com.bitgraphs.graphs.entity.Directory.Identity;
import com.bitgraphs.graphs.entity.Directory.Person;
import com.bitgraphs.graphs.entity.Directory.Repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The workspace's people (identities grouped by person) and repositories. */
public final class DirectoryQueries {

    private DirectoryQueries() {
    }

    public static List<Person> people(Connection connection, Set<Long> excluded) throws SQLException {
        Map<Long, List<Identity>> byPerson = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select " + PeopleScope.PERSON
                + ", i.id, i.display_name, i.email, i.account_uuid, coalesce(i.person_name, i.display_name)"
                + " from identity i order by lower(coalesce(i.person_name, i.display_name)), i.id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long person = rows.getLong(1);
                if (excluded.contains(person)) {
                    continue;
                }
                Identity identity = new Identity(rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5));
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(identity);
                if (identity.id() == person) {
                    // a mailmap's proper name, when it gives one, names the person
                    names.put(person, rows.getString(6));
                }
            }
        }
        List<Person> people = new ArrayList<>();
        byPerson.forEach((person, identities) -> people.add(new Person(person, names.get(person), identities)));
        return people;
    }

    /** {@code readable} empty: every repository. */
    public static List<Repository> repositories(Connection connection, Optional<? extends Collection<Long>> readable) throws SQLException {
        Sql sql = new Sql().add("select id, slug, name, full_name from repository where true");
        readable.ifPresent(ids -> sql.add("and id = any (?::bigint[])", Sql.ids(List.copyOf(ids))));
        sql.add("order by slug");
        List<Repository> repositories = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                repositories.add(new Repository(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return repositories;
    }

    /** The person of a person id or of a Bitbucket account uuid; empty when none. */
    public static Optional<Long> person(Connection connection, String user) throws SQLException {
        boolean uuid = user.startsWith("{");
        try (PreparedStatement select = connection.prepareStatement("select " + PeopleScope.PERSON + " from identity i where "
                + (uuid ? "i.account_uuid = ?" : "i.id = ?"))) {
            if (uuid) {
                select.setString(1, user);
            } else {
                select.setLong(1, Long.parseLong(user));
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    public static String name(Connection connection, long person) throws SQLException {
        return Names.of(connection, List.of(person)).get(person);
    }
}
