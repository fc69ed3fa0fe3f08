-- Atlassian Connect installations and the token door share the tenant registry.
-- The shared secret (or access token) is sealed with AES-GCM; the key id beside it lets keys rotate.
ALTER TABLE tenant
    ADD COLUMN door            text  NOT NULL DEFAULT 'CONNECT' CHECK (door IN ('CONNECT', 'TOKEN')),
    ADD COLUMN secret_key_id   text,
    ADD COLUMN sealed_secret   bytea,
    ADD COLUMN principal_type  text,
    ADD COLUMN display_name    text,
    ADD COLUMN updated_at      timestamptz;
ALTER TABLE tenant ALTER COLUMN door DROP DEFAULT;
CREATE UNIQUE INDEX tenant_workspace_uuid ON tenant (workspace_uuid);

-- Every lifecycle event, accepted or refused, for operators. It names the tenant concerned but belongs to
-- no tenant, so it has no tenant_id and no row-level security; no tenant-facing API reads it. It never holds
-- a secret or a token, only general reasons.
CREATE TABLE lifecycle_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    event       text        NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('accepted', 'refused')),
    client_key  text,
    tenant      uuid,
    detail      text
);
CREATE INDEX lifecycle_event_tenant ON lifecycle_event (tenant, occurred_at);
