-- Schemawise sample: a small multi-tenant SaaS (project management with billing).
--
-- Open a .sql file, drop one on the page or edit this text to see it re-imported.
-- The design is mostly sound, with a few deliberate flaws a linter should flag:
--   * memberships.user_id has a foreign key but no index starting with it;
--   * comments uses a polymorphic commentable_type / commentable_id pair (no referential integrity);
--   * projects is soft-deleted (deleted_at) but its unique slug constraint is not partial;
--   * invoice_lines has neither created_at nor updated_at;
--   * audit_log.actor_id references users without an index.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE plan_tier AS ENUM ('free', 'team', 'business', 'enterprise');
CREATE TYPE task_status AS ENUM ('todo', 'in_progress', 'blocked', 'done');
CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void');

-- Keeps updated_at current on every UPDATE.
CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE organizations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    slug        citext NOT NULL UNIQUE,
    plan        plan_tier NOT NULL DEFAULT 'free',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          citext NOT NULL,
    display_name   text NOT NULL,
    password_hash  text,
    last_seen_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE memberships (
    organization_id  bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id          bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role             text NOT NULL DEFAULT 'member'
                     CHECK (role IN ('owner', 'admin', 'member', 'guest')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, user_id)
);
-- Deliberate: no index on memberships (user_id), so "my organizations" scans the table.

CREATE TABLE projects (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    name             text NOT NULL,
    slug             text NOT NULL,
    description      text,
    archived         boolean NOT NULL DEFAULT false,
    deleted_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- Deliberate: soft-deleted rows still hold their slug (should be WHERE deleted_at IS NULL).
    CONSTRAINT projects_organization_id_slug_key UNIQUE (organization_id, slug)
);

CREATE TABLE tasks (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    parent_id    bigint REFERENCES tasks (id) ON DELETE CASCADE,
    assignee_id  bigint REFERENCES users (id) ON DELETE SET NULL,
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    status       task_status NOT NULL DEFAULT 'todo',
    priority     smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    due_on       date,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tasks_project_id_status_idx ON tasks (project_id, status);
CREATE INDEX tasks_parent_id_idx ON tasks (parent_id);
CREATE INDEX tasks_assignee_id_idx ON tasks (assignee_id) WHERE status <> 'done';

CREATE TABLE labels (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             text NOT NULL,
    color            char(7) NOT NULL DEFAULT '#888888',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE task_labels (
    task_id   bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    label_id  bigint NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, label_id)
);

CREATE INDEX task_labels_label_id_idx ON task_labels (label_id);

-- Deliberate: a polymorphic "type tag + id" association; nothing checks that the row exists.
CREATE TABLE comments (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id         bigint NOT NULL REFERENCES users (id),
    commentable_type  text NOT NULL,
    commentable_id    bigint NOT NULL,
    body              text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comments_commentable_idx ON comments (commentable_type, commentable_id);
CREATE INDEX comments_author_id_idx ON comments (author_id);

CREATE TABLE invoices (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    number           text NOT NULL UNIQUE,
    status           invoice_status NOT NULL DEFAULT 'draft',
    currency         char(3) NOT NULL DEFAULT 'USD',
    total_cents      bigint NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
    issued_on        date,
    due_on           date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (due_on IS NULL OR issued_on IS NULL OR due_on >= issued_on)
);

CREATE INDEX invoices_organization_id_idx ON invoices (organization_id);

-- Deliberate: no created_at / updated_at.
CREATE TABLE invoice_lines (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id        bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description       text NOT NULL,
    quantity          integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price_cents  bigint NOT NULL,
    amount_cents      bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED
);

CREATE INDEX invoice_lines_invoice_id_idx ON invoice_lines (invoice_id);

CREATE TABLE api_keys (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             text NOT NULL,
    token_hash       bytea NOT NULL UNIQUE,
    expires_at       timestamptz,
    revoked_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX api_keys_organization_id_idx ON api_keys (organization_id);

-- Append-only audit trail. Deliberate: actor_id has a foreign key but no index.
CREATE TABLE audit_log (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    actor_id         bigint REFERENCES users (id),
    action           text NOT NULL,
    target_table     text NOT NULL,
    target_id        text NOT NULL,
    changes          jsonb NOT NULL DEFAULT '{}',
    occurred_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_organization_id_occurred_at_idx ON audit_log (organization_id, occurred_at DESC);

CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER projects_set_updated_at BEFORE UPDATE ON projects
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER tasks_set_updated_at BEFORE UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER invoices_set_updated_at BEFORE UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Open work per project, for dashboards.
CREATE VIEW open_tasks_by_project AS
SELECT p.organization_id,
       p.id   AS project_id,
       p.name AS project_name,
       count(*) FILTER (WHERE t.status <> 'done')    AS open_tasks,
       count(*) FILTER (WHERE t.status = 'blocked')  AS blocked_tasks
FROM projects p
JOIN tasks t ON t.project_id = p.id
WHERE p.deleted_at IS NULL
GROUP BY p.organization_id, p.id, p.name;

COMMENT ON TABLE comments IS 'Comments on tasks and projects (polymorphic).';
COMMENT ON COLUMN invoices.total_cents IS 'Sum of invoice_lines.amount_cents, kept by the application.';
