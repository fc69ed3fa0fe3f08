-- The maintenance role (${maintenanceRole}) runs the retention sweep: it deletes uninstalled tenants' rows
-- across every tenant, so it has BYPASSRLS (given when the role is created, by a superuser: see
-- docs/operations.md) and owns nothing. It may read and delete, never insert or update tenant data; its
-- only insert is the purge's line in the audit table. The application role keeps row-level security.
GRANT USAGE ON SCHEMA public TO ${maintenanceRole};
GRANT SELECT, DELETE ON ALL TABLES IN SCHEMA public TO ${maintenanceRole};
-- Tables added by later migrations, so a new tenant table cannot be forgotten by the sweep
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, DELETE ON TABLES TO ${maintenanceRole};
GRANT INSERT ON lifecycle_event TO ${maintenanceRole};
-- SELECT ... FOR UPDATE, which locks the tenants a sweep purges, needs UPDATE on one column; it changes none
GRANT UPDATE (updated_at) ON tenant TO ${maintenanceRole};
-- Migration history and EJB timers are not the sweep's business
REVOKE DELETE ON flyway_schema_history FROM ${maintenanceRole};

DO $$
DECLARE
    t text;
BEGIN
    -- The JBeret job repository, created by WildFly at boot and owned by this role: the sweep deletes a
    -- purged tenant's job instances (executions, steps and partitions follow by ON DELETE CASCADE).
    FOREACH t IN ARRAY ARRAY['job_instance', 'job_execution', 'step_execution', 'partition_execution'] LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT, DELETE ON %I TO ${maintenanceRole}', t);
        END IF;
    END LOOP;
    IF to_regclass('jboss_ejb_timer') IS NOT NULL THEN
        EXECUTE 'REVOKE ALL ON jboss_ejb_timer FROM ${maintenanceRole}';
    END IF;
END
$$;
