package com.bitgraphs.schema.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The Flyway configuration of Bitgraphs: versioned SQL in {@code db/migration}, run as the owner, with the
 * application role's and the maintenance role's names as the {@code appRole} and {@code maintenanceRole}
 * placeholders so migrations can grant them what they need.
 */
public final class Migrations {

    private final Flyway flyway;

    public Migrations(DataSource owner, String appRole, String maintenanceRole, ClassLoader classLoader) {
        this.flyway = Flyway.configure(classLoader)
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole, "maintenanceRole", maintenanceRole))
                .failOnMissingLocations(true)
                // WildFly's timer store and batch job repository create their tables at boot, before the
                // first deployment migrates; a baseline at 0 still applies every migration of ours
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Never drop a schema by mistake, in any environment
                .cleanDisabled(true)
                .load();
    }

    public MigrateResult migrate() {
        return flyway.migrate();
    }

    /** Highest version among the packaged migrations. */
    public String latestPackagedVersion() {
        var all = flyway.info().all();
        return all.length == 0 ? "none" : all[all.length - 1].getVersion().getVersion();
    }

    public int pendingCount() {
        return flyway.info().pending().length;
    }
}
