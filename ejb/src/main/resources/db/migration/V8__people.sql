-- People: several identities (emails, Bitbucket users) counted as one person. An identity whose person_id is
-- NULL stands for itself; otherwise person_id names the canonical identity. person_id is derived, never edited
-- by hand: it is recomputed from the admin's explicit merges and the workspace's .mailmap.
ALTER TABLE identity
    ADD COLUMN person_id   bigint,
    ADD COLUMN person_name text,
    ADD FOREIGN KEY (tenant_id, person_id) REFERENCES identity (tenant_id, id),
    ADD CHECK (person_id IS NULL OR person_id <> id);
CREATE INDEX identity_person ON identity (tenant_id, person_id) WHERE person_id IS NOT NULL;

-- Merges an admin made: this identity belongs to the person of that one.
CREATE TABLE identity_merge (
    tenant_id        uuid        NOT NULL,
    identity_id      bigint      NOT NULL,
    into_identity_id bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, identity_id),
    FOREIGN KEY (tenant_id, identity_id) REFERENCES identity (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, into_identity_id) REFERENCES identity (tenant_id, id) ON DELETE CASCADE,
    CHECK (identity_id <> into_identity_id)
);

-- The workspace's .mailmap, as the admin wrote it.
CREATE TABLE mailmap (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    content    text        NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id)
);

-- A person with the name reports show. security_invoker: the view reads as the caller, so RLS applies.
CREATE VIEW person WITH (security_invoker = true) AS
SELECT tenant_id, id, COALESCE(person_name, display_name) AS name
FROM identity
WHERE person_id IS NULL;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['identity_merge', 'mailmap'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)
            WITH CHECK (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)$p$, t);
    END LOOP;
END
$$;
