package com.bitgraphs.schema;

import com.bitgraphs.launcher.DatabaseRoles;
import com.bitgraphs.launcher.DatabaseSettings;
import com.bitgraphs.schema.control.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code scripts/backup-check.sh} against a migrated database holding two tenants: the dump restores with
 * every table's and every tenant's row count. The server is the embedded one, at the older version the
 * machine's {@code pg_dump} (Debian 12: 15) can dump; the check is skipped where no {@code pg_dump} is installed.
 */
class BackupCheckScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "backup-check.sh");
    private static final Path BINARIES = Path.of("target", "backup-check-server", "postgres-binaries.jar");

    @TempDir
    static Path dataDir;

    private static EmbeddedPostgres postgres;
    private static DatabaseSettings settings;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore") && onPath("psql"), "PostgreSQL client tools are not installed");
        assumeTrue(Files.exists(BINARIES), "the older server binaries were not copied by the build");
        postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, machine) -> binaries())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setServerConfig("timezone", "UTC")
                .start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
            settings = DatabaseRoles.provision(superuser, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/",
                    DatabaseRoles.newPassword(), DatabaseRoles.newPassword(), DatabaseRoles.newPassword());
        }
        new Migrations(dataSource(settings.ownerUser(), settings.ownerPassword()), DatabaseRoles.APP, DatabaseRoles.MAINTENANCE,
                BackupCheckScriptTest.class.getClassLoader()).migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDumpRestoresEveryTableAndEveryTenant() throws Exception {
        addTenant(3);
        addTenant(5);

        ProcessBuilder script = new ProcessBuilder("bash", SCRIPT.toString(), DatabaseRoles.DATABASE).redirectErrorStream(true);
        // The superuser over TCP, which the embedded server trusts
        script.environment().put("PGHOST", "127.0.0.1");
        script.environment().put("PGPORT", Integer.toString(postgres.getPort()));
        script.environment().put("PGUSER", "postgres");
        Process check = script.start();
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        // At least the two tenants' repository counts were compared
        assertThat(output).as(output).containsPattern("OK: \\d+ tables and ([2-9]|\\d\\d+) table-tenant counts equal after restore");
    }

    private static void addTenant(int repositories) throws SQLException {
        UUID tenant = UUID.randomUUID();
        try (Connection owner = dataSource(settings.ownerUser(), settings.ownerPassword()).getConnection()) {
            owner.setAutoCommit(false);
            try (PreparedStatement insert = owner.prepareStatement("""
                    insert into tenant (id, client_key, workspace_uuid, workspace_slug, base_api_url, state, installed_at, door)
                    values (?, ?, ?, ?, 'https://api.bitbucket.org', 'INSTALLED', now(), 'CONNECT')""")) {
                insert.setObject(1, tenant);
                insert.setString(2, "key-" + tenant);
                insert.setString(3, "{" + tenant + "}");
                insert.setString(4, "ws-" + tenant);
                insert.executeUpdate();
            }
            try (PreparedStatement enter = owner.prepareStatement("select set_config('bitgraphs.tenant', ?, true)")) {
                enter.setString(1, tenant.toString());
                enter.execute();
            }
            for (int i = 0; i < repositories; i++) {
                try (PreparedStatement insert = owner.prepareStatement(
                        "insert into repository (tenant_id, uuid, slug, name) values (?, ?, ?, ?)")) {
                    insert.setObject(1, tenant);
                    insert.setString(2, "{repo-" + i + "}");
                    insert.setString(3, "repo-" + i);
                    insert.setString(4, "Repo " + i);
                    insert.executeUpdate();
                }
            }
            owner.commit();
        }
    }

    private static InputStream binaries() throws IOException {
        ZipFile jar = new ZipFile(BINARIES.toFile());
        return jar.getInputStream(jar.stream().filter(entry -> entry.getName().endsWith(".txz")).findFirst()
                .orElseThrow(() -> new IOException("no PostgreSQL archive in " + BINARIES)));
    }

    private static PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
