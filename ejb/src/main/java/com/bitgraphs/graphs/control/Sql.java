package com.bitgraphs.graphs.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement built in pieces with its parameters beside the text, so a filter is never spliced in as text. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql add(String piece, Object... values) {
        text.append(piece).append('\n');
        parameters.addAll(List.of(values));
        return this;
    }

    /** An array parameter of bigints, for {@code = any (?::bigint[])}. */
    static Object ids(Collection<Long> ids) {
        return new IdArray(ids.toArray(Long[]::new));
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int index = i + 1;
            if (value instanceof IdArray array) {
                statement.setArray(index, connection.createArrayOf("bigint", array.ids()));
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, Date.valueOf(date));
            } else {
                statement.setObject(index, value);
            }
        }
        return statement;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private record IdArray(Long[] ids) {
    }
}
