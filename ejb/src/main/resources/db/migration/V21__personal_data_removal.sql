-- Personal-data removal. A removed person's identities are renamed to a pseudonym; so that a later sync
-- seeing the same email or Bitbucket account does not bring the name back, a tombstone keeps a keyed
-- hash (HMAC-SHA256) of that email or account uuid, never the value, and the identity it maps to.
-- The HMAC key is per tenant, random, sealed on the tenant row like every other secret.
ALTER TABLE tenant
    ADD COLUMN pseudonym_key_id     text,
    ADD COLUMN sealed_pseudonym_key bytea;

CREATE TABLE personal_data_tombstone (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    subject_hash bytea       NOT NULL,
    identity_id  bigint      NOT NULL,
    removed_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, subject_hash),
    FOREIGN KEY (tenant_id, identity_id) REFERENCES identity (tenant_id, id)
);

ALTER TABLE personal_data_tombstone ENABLE ROW LEVEL SECURITY;
ALTER TABLE personal_data_tombstone FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON personal_data_tombstone
    USING (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid);
