package com.bitgraphs.privacy.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The workspace's {@code .mailmap} without the lines that name a removed person (by name, email or account id,
 * case-insensitively): those lines are personal data themselves, and the grouping they made goes with them.
 */
final class MailmapLines {

    private MailmapLines() {
    }

    static void dropNaming(Connection connection, Collection<String> values) throws SQLException {
        String content;
        try (PreparedStatement select = connection.prepareStatement("select content from mailmap for update");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return;
            }
            content = row.getString(1);
        }
        String kept = content.lines().filter(line -> values.stream().filter(v -> !v.isBlank())
                        .noneMatch(value -> line.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))))
                .collect(Collectors.joining("\n", "", content.endsWith("\n") ? "\n" : ""));
        if (!kept.equals(content)) {
            try (PreparedStatement update = connection.prepareStatement("update mailmap set content = ?")) {
                update.setString(1, kept);
                update.executeUpdate();
            }
        }
    }
}
