-- Pull requests with their participants, upserted keeping the newest updated_on when deliveries cross.
CREATE TABLE pull_request (
    tenant_id          uuid        NOT NULL,
    repository_id      bigint      NOT NULL,
    id                 bigint      NOT NULL,
    title              text        NOT NULL,
    state              text        NOT NULL,
    author_identity_id bigint,
    created_on         timestamptz NOT NULL,
    updated_on         timestamptz NOT NULL,
    source_branch      text,
    destination_branch text,
    merge_commit       text,
    closed_by_identity_id bigint,
    comment_count      integer,
    task_count         integer,
    PRIMARY KEY (tenant_id, repository_id, id),
    FOREIGN KEY (tenant_id, repository_id) REFERENCES repository (tenant_id, id),
    FOREIGN KEY (tenant_id, author_identity_id) REFERENCES identity (tenant_id, id),
    FOREIGN KEY (tenant_id, closed_by_identity_id) REFERENCES identity (tenant_id, id)
);
CREATE INDEX pull_request_created ON pull_request (tenant_id, created_on);

CREATE TABLE pull_request_participant (
    tenant_id       uuid    NOT NULL,
    repository_id   bigint  NOT NULL,
    pull_request_id bigint  NOT NULL,
    identity_id     bigint  NOT NULL,
    role            text    NOT NULL,
    approved        boolean NOT NULL,
    state           text,
    participated_on timestamptz,
    PRIMARY KEY (tenant_id, repository_id, pull_request_id, identity_id),
    FOREIGN KEY (tenant_id, repository_id, pull_request_id) REFERENCES pull_request (tenant_id, repository_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, identity_id) REFERENCES identity (tenant_id, id)
);


DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pull_request', 'pull_request_participant'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)
            WITH CHECK (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)$p$, t);
    END LOOP;
END
$$;
