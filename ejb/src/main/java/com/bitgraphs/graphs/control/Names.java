package com.bitgraphs.graphs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** People's names: the display name of the person's canonical identity. */
final class Names {

    private Names() {
    }

    static Map<Long, String> of(Connection connection, Collection<Long> people) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (people.isEmpty()) {
            return names;
        }
        Sql sql = new Sql().add("select id, coalesce(person_name, display_name) from identity where id = any (?::bigint[])", Sql.ids(people));
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
    }
}
