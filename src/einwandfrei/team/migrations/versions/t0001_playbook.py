"""The team playbook: revisions, items, suggestions, answer counts, and the two group roles.

Revision ID: t0001_playbook
Revises:
Create Date: 2026-05-21

Who may do what is enforced here, by PostgreSQL:
- `einwandfrei_member` reads the playbook and the answer totals, inserts suggestions (only the
  columns a suggester writes; `suggested_by` and `status` take their defaults) and sees only its
  own (row-level security), and adds answer counts only through `add_counts()`.
- `einwandfrei_editor` is a member that may also publish revisions and decide suggestions.
  Columns that record who and when (`author`, `decided_by`, …) are set by triggers, not by the
  client. Nobody but the owner may delete anything.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "t0001_playbook"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATEMENTS = r"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'einwandfrei_member') THEN
        CREATE ROLE einwandfrei_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'einwandfrei_editor') THEN
        CREATE ROLE einwandfrei_editor NOLOGIN;
    END IF;
END
$$;
GRANT einwandfrei_member TO einwandfrei_editor;

CREATE TABLE einwandfrei.revisions (
    number bigint PRIMARY KEY,
    message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
    author text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE SEQUENCE einwandfrei.revision_numbers OWNED BY einwandfrei.revisions.number;

-- A revision's number is drawn only after the publishing transaction holds the playbook's lock,
-- so numbers become visible in order: a reader that has seen revision N has seen all below it.
CREATE FUNCTION einwandfrei.number_revision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('einwandfrei.revisions'));
    NEW.number := nextval('einwandfrei.revision_numbers');
    NEW.author := session_user;
    NEW.created_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER number_revision BEFORE INSERT ON einwandfrei.revisions
    FOR EACH ROW EXECUTE FUNCTION einwandfrei.number_revision();

CREATE TABLE einwandfrei.items (
    uuid uuid PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('objection', 'question', 'checklist_item')),
    revision bigint NOT NULL REFERENCES einwandfrei.revisions,
    deleted boolean NOT NULL DEFAULT false
);
CREATE INDEX items_revision ON einwandfrei.items (revision);

CREATE TABLE einwandfrei.item_revisions (
    uuid uuid NOT NULL REFERENCES einwandfrei.items,
    revision bigint NOT NULL REFERENCES einwandfrei.revisions,
    content jsonb,  -- NULL: the item was deleted in this revision
    PRIMARY KEY (uuid, revision)
);
CREATE INDEX item_revisions_revision ON einwandfrei.item_revisions (revision);

CREATE TABLE einwandfrei.suggestions (
    number bigserial PRIMARY KEY,
    uuid uuid NOT NULL UNIQUE,           -- made by the laptop, so a resend is recognised
    item_uuid uuid NOT NULL,             -- the team item, or the suggester's new item
    kind text NOT NULL CHECK (kind IN ('objection', 'question', 'checklist_item')),
    base_revision bigint,                -- the item's revision it was made on; NULL: a new item
    content jsonb NOT NULL,
    reason text NOT NULL CHECK (length(btrim(reason)) > 0 AND length(reason) <= 2000),
    suggested_by text NOT NULL DEFAULT session_user,
    suggested_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by text,
    decided_at timestamptz,
    decision_reason text NOT NULL DEFAULT '' CHECK (length(decision_reason) <= 2000),
    decided_revision bigint REFERENCES einwandfrei.revisions
);
CREATE INDEX suggestions_pending ON einwandfrei.suggestions (number) WHERE status = 'pending';
CREATE INDEX suggestions_by ON einwandfrei.suggestions (suggested_by, decided_at);

CREATE FUNCTION einwandfrei.record_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.status <> 'pending' THEN
        RAISE EXCEPTION 'suggestion % was already decided', OLD.number
            USING ERRCODE = 'serialization_failure';
    END IF;
    NEW.decided_by := session_user;
    NEW.decided_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER record_decision BEFORE UPDATE ON einwandfrei.suggestions
    FOR EACH ROW EXECUTE FUNCTION einwandfrei.record_decision();

ALTER TABLE einwandfrei.suggestions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_suggestions ON einwandfrei.suggestions FOR SELECT TO einwandfrei_member
    USING (suggested_by = session_user);
CREATE POLICY suggest ON einwandfrei.suggestions FOR INSERT TO einwandfrei_member
    WITH CHECK (suggested_by = session_user AND status = 'pending' AND decided_by IS NULL);
CREATE POLICY editors_see_all ON einwandfrei.suggestions FOR SELECT TO einwandfrei_editor
    USING (true);
CREATE POLICY editors_decide ON einwandfrei.suggestions FOR UPDATE TO einwandfrei_editor
    USING (true) WITH CHECK (status IN ('approved', 'rejected'));

CREATE TABLE einwandfrei.answer_counts (
    response uuid PRIMARY KEY,
    used bigint NOT NULL DEFAULT 0 CHECK (used >= 0),
    worked bigint NOT NULL DEFAULT 0 CHECK (worked >= 0)
);
CREATE TABLE einwandfrei.count_batches (
    batch uuid PRIMARY KEY,
    sent_by text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- The one way counts get in: a batch is recorded and its counts added in one transaction, so a
-- batch sent again (the reply was lost) hits the primary key and adds nothing. Members get no
-- right on the two tables themselves, so they cannot set a total or delete a batch.
CREATE FUNCTION einwandfrei.add_counts(batch uuid, counts jsonb) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF jsonb_typeof(counts) <> 'array' OR jsonb_array_length(counts) > 100000 THEN
        RAISE EXCEPTION 'counts must be an array of at most 100000 entries'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (
        SELECT FROM jsonb_to_recordset(counts) AS c(response uuid, used bigint, worked bigint)
        WHERE c.response IS NULL OR abs(coalesce(c.used, 0)) > 100000
            OR abs(coalesce(c.worked, 0)) > 100000
    ) THEN
        RAISE EXCEPTION 'a count is missing its answer or is out of range'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO einwandfrei.count_batches (batch, sent_by) VALUES (batch, session_user)
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO einwandfrei.answer_counts AS total (response, used, worked)
        SELECT c.response, greatest(sum(c.used), 0), greatest(sum(c.worked), 0)
        FROM jsonb_to_recordset(counts) AS c(response uuid, used bigint, worked bigint)
        GROUP BY c.response
        ORDER BY c.response  -- one lock order for every batch: concurrent batches never deadlock
        ON CONFLICT (response) DO UPDATE SET
            used = greatest(total.used + excluded.used, 0),
            worked = greatest(total.worked + excluded.worked, 0);
    RETURN true;
END
$$;
"""

GRANTS = r"""
REVOKE ALL ON SCHEMA einwandfrei FROM PUBLIC;
GRANT USAGE ON SCHEMA einwandfrei TO einwandfrei_member;
GRANT SELECT ON einwandfrei.einwandfrei_team_version, einwandfrei.revisions, einwandfrei.items,
    einwandfrei.item_revisions, einwandfrei.answer_counts TO einwandfrei_member;
GRANT SELECT, INSERT (uuid, item_uuid, kind, base_revision, content, reason)
    ON einwandfrei.suggestions TO einwandfrei_member;
GRANT USAGE ON SEQUENCE einwandfrei.suggestions_number_seq TO einwandfrei_member;
REVOKE ALL ON FUNCTION einwandfrei.add_counts(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION einwandfrei.add_counts(uuid, jsonb) TO einwandfrei_member;
REVOKE ALL ON FUNCTION einwandfrei.number_revision() FROM PUBLIC;
REVOKE ALL ON FUNCTION einwandfrei.record_decision() FROM PUBLIC;

GRANT INSERT (message) ON einwandfrei.revisions TO einwandfrei_editor;
GRANT INSERT, UPDATE (revision, deleted) ON einwandfrei.items TO einwandfrei_editor;
GRANT INSERT ON einwandfrei.item_revisions TO einwandfrei_editor;
GRANT UPDATE (status, decision_reason, decided_revision) ON einwandfrei.suggestions
    TO einwandfrei_editor;
"""


def upgrade() -> None:
    op.execute(STATEMENTS)
    op.execute(GRANTS)


def downgrade() -> None:
    raise NotImplementedError("the team schema is not taken down by a migration")
