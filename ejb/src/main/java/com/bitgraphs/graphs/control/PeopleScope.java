package com.bitgraphs.graphs.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a report may show: a person is {@code COALESCE(identity.person_id, identity.id)}, and a person any of
 * whose identities' names or emails matches an excluded-people pattern vanishes. The patterns are matched in
 * Java on each request over the tenant's identities (thousands at most), so a changed pattern or a new
 * identity needs no recomputation.
 */
public final class PeopleScope {

    /** The person of identity {@code i}. */
    public static final String PERSON = "coalesce(i.person_id, i.id)";

    private PeopleScope() {
    }

    public static List<String> patterns(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select patterns from excluded_people");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return List.of();
            }
            Array array = row.getArray(1);
            return Arrays.asList((String[]) array.getArray());
        }
    }

    public static Set<Long> excludedPersons(Connection connection) throws SQLException {
        PersonPatterns patterns = PersonPatterns.of(patterns(connection));
        Set<Long> excluded = new HashSet<>();
        if (patterns.isEmpty()) {
            return excluded;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select " + PERSON + ", i.display_name, i.email from identity i");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (patterns.matches(rows.getString(2), rows.getString(3))) {
                    excluded.add(rows.getLong(1));
                }
            }
        }
        return excluded;
    }
}
