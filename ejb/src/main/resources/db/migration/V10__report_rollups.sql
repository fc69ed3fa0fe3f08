-- What the reports read: rollups kept up to date by ingestion, never the commit rows themselves, and the
-- settings that shape them (file exclusions per repository, excluded people per workspace).

-- A person is COALESCE(person_id, id). The identity-merge migration adds this column with its foreign key;
-- IF NOT EXISTS lets the reports work before and after it lands.
ALTER TABLE identity ADD COLUMN IF NOT EXISTS person_id bigint;

-- Lines after the repository's file exclusions; NULL until the diffstat is read, like lines_added.
ALTER TABLE commit
    ADD COLUMN counted_added   integer,
    ADD COLUMN counted_removed integer;

-- Recomputing a touched bucket reads only that author's commits of that repository and time.
CREATE INDEX commit_author_time ON commit (tenant_id, repository_id, identity_id, authored_at);

-- Per repository, identity and UTC day: answers every report asked in UTC.
CREATE TABLE commit_day (
    tenant_id     uuid        NOT NULL,
    repository_id bigint      NOT NULL,
    identity_id   bigint      NOT NULL,
    day           date        NOT NULL,
    commits       integer     NOT NULL,
    merges        integer     NOT NULL,
    lines_added   bigint      NOT NULL,
    lines_removed bigint      NOT NULL,
    first_at      timestamptz NOT NULL,
    last_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, repository_id, identity_id, day),
    FOREIGN KEY (tenant_id, repository_id) REFERENCES repository (tenant_id, id)
);
CREATE INDEX commit_day_day ON commit_day (tenant_id, day);

-- Per repository, identity and UTC quarter hour (slot = its start): every zone's offset is a whole number of
-- quarter hours (+05:30, +05:45 included), so any zone's days, weeks, months and hours are unions of slots.
CREATE TABLE commit_quarter (
    tenant_id     uuid        NOT NULL,
    repository_id bigint      NOT NULL,
    identity_id   bigint      NOT NULL,
    slot          timestamptz NOT NULL,
    commits       integer     NOT NULL,
    merges        integer     NOT NULL,
    lines_added   bigint      NOT NULL,
    lines_removed bigint      NOT NULL,
    first_at      timestamptz NOT NULL,
    last_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, repository_id, identity_id, slot),
    FOREIGN KEY (tenant_id, repository_id) REFERENCES repository (tenant_id, id)
);
CREATE INDEX commit_quarter_slot ON commit_quarter (tenant_id, slot);

-- Per pull request its facts and phase times, recomputed from pull_request and its participants on every write.
CREATE TABLE pull_request_fact (
    tenant_id          uuid        NOT NULL,
    repository_id      bigint      NOT NULL,
    pull_request_id    bigint      NOT NULL,
    author_identity_id bigint,
    state              text        NOT NULL,
    destination_branch text,
    created_on         timestamptz NOT NULL,
    closed_on          timestamptz,
    first_review_on    timestamptz,
    first_approval_on  timestamptz,
    reviewers          integer     NOT NULL,
    approvals          integer     NOT NULL,
    PRIMARY KEY (tenant_id, repository_id, pull_request_id),
    FOREIGN KEY (tenant_id, repository_id, pull_request_id) REFERENCES pull_request (tenant_id, repository_id, id) ON DELETE CASCADE
);
CREATE INDEX pull_request_fact_created ON pull_request_fact (tenant_id, created_on);
CREATE INDEX pull_request_fact_closed ON pull_request_fact (tenant_id, closed_on);

-- .gitignore-syntax lines per repository; their files' lines are not counted.
CREATE TABLE file_exclusion (
    tenant_id     uuid   NOT NULL,
    repository_id bigint NOT NULL,
    patterns      text[] NOT NULL,
    PRIMARY KEY (tenant_id, repository_id),
    FOREIGN KEY (tenant_id, repository_id) REFERENCES repository (tenant_id, id)
);

-- Case-insensitive globs over a person's names and emails; matching people vanish from every report.
CREATE TABLE excluded_people (
    tenant_id uuid   NOT NULL REFERENCES tenant (id),
    patterns  text[] NOT NULL,
    PRIMARY KEY (tenant_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['commit_day', 'commit_quarter', 'pull_request_fact', 'file_exclusion', 'excluded_people'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)
            WITH CHECK (tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid)$p$, t);
    END LOOP;
END
$$;

-- Rows stored before this migration: row-level security binds the owner too, so fill each tenant in turn.
DO $$
DECLARE
    t uuid;
BEGIN
    FOR t IN SELECT id FROM tenant LOOP
        PERFORM set_config('bitgraphs.tenant', t::text, true);
        UPDATE commit SET counted_added = lines_added, counted_removed = lines_removed WHERE diffstat_state = 'DONE';
        INSERT INTO commit_day
        SELECT tenant_id, repository_id, identity_id, (authored_at AT TIME ZONE 'UTC')::date, count(*),
               count(*) FILTER (WHERE parent_count > 1), coalesce(sum(counted_added), 0), coalesce(sum(counted_removed), 0),
               min(authored_at), max(authored_at)
        FROM commit GROUP BY 1, 2, 3, 4;
        INSERT INTO commit_quarter
        SELECT tenant_id, repository_id, identity_id, to_timestamp(floor(extract(epoch FROM authored_at) / 900) * 900), count(*),
               count(*) FILTER (WHERE parent_count > 1), coalesce(sum(counted_added), 0), coalesce(sum(counted_removed), 0),
               min(authored_at), max(authored_at)
        FROM commit GROUP BY 1, 2, 3, 4;
        INSERT INTO pull_request_fact
        SELECT p.tenant_id, p.repository_id, p.id, p.author_identity_id, p.state, p.destination_branch, p.created_on,
               CASE WHEN p.state IN ('MERGED', 'DECLINED', 'SUPERSEDED') THEN p.updated_on END,
               min(x.participated_on) FILTER (WHERE x.identity_id IS DISTINCT FROM p.author_identity_id),
               min(x.participated_on) FILTER (WHERE x.approved),
               count(x.identity_id) FILTER (WHERE x.role = 'REVIEWER'), count(x.identity_id) FILTER (WHERE x.approved)
        FROM pull_request p
        LEFT JOIN pull_request_participant x ON x.tenant_id = p.tenant_id AND x.repository_id = p.repository_id AND x.pull_request_id = p.id
        GROUP BY p.tenant_id, p.repository_id, p.id;
    END LOOP;
    PERFORM set_config('bitgraphs.tenant', '', true);
END
$$;
