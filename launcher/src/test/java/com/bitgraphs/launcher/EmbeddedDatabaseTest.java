package com.bitgraphs.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server comes up with the database and two roles that can log in with the passwords given,
 * neither of them privileged, and a restart on the same data directory keeps data and renews passwords.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void provisionsTwoUnprivilegedRolesAndKeepsDataAcrossRestarts() throws Exception {
        String firstAppPassword = DatabaseRoles.newPassword();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, DatabaseRoles.newPassword(), firstAppPassword)) {
            DatabaseSettings settings = database.settings();
            try (Connection owner = connect(settings.url(), settings.ownerUser(), settings.ownerPassword());
                 Statement statement = owner.createStatement()) {
                statement.execute("create table kept (id int)");
                statement.execute("insert into kept values (42)");
            }
            try (Connection app = connect(settings.url(), settings.appUser(), settings.appPassword());
                 Statement statement = app.createStatement();
                 ResultSet role = statement.executeQuery(
                         "select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")) {
                role.next();
                assertThat(role.getBoolean(1)).as("application role privileged").isFalse();
            }
        }

        String secondAppPassword = DatabaseRoles.newPassword();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, DatabaseRoles.newPassword(), secondAppPassword)) {
            DatabaseSettings settings = database.settings();
            try (Connection owner = connect(settings.url(), settings.ownerUser(), settings.ownerPassword());
                 Statement statement = owner.createStatement();
                 ResultSet kept = statement.executeQuery("select id from kept")) {
                kept.next();
                assertThat(kept.getInt(1)).isEqualTo(42);
            }
            assertThatThrownBy(() -> connect(settings.url(), settings.appUser(), firstAppPassword).close())
                    .as("the old password was replaced").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void refusesPasswordsThatCouldInjectSql() {
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0, "x' SUPERUSER --", DatabaseRoles.newPassword()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
