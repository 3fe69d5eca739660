/**
 * Renames followed into the SQL the model keeps as text. Postgres is the oracle: the from-schema
 * plus the ALTER ... RENAME statements, run on PGlite, must have the same catalog as the printed
 * model after applyChanges(renames); and the importer, reading the same ALTER statements, must
 * come to the same model as applyChanges. Each case also says which stored texts must change
 * (the rewrite did not give up and leave them to be rebuilt).
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyChanges, type SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { printSchema } from '../../../src/core/sql';
import { compareCatalogs, snapshotCatalog } from '../../../src/core/verify';
import { freshPglite } from '../../support/pglite-oracle';

interface Case {
  name: string;
  from: string;
  edits: SchemaChange[];
  /** The same renames as statements. */
  alter: string;
  /** Texts that must read like this afterwards (view name -> substring of its query...). */
  expect: { view?: string; check?: string; policy?: string; index?: string; trigger?: string; generated?: string; routine?: string; includes: string }[];
}

const t = (name: string) => ({ schema: 'public', name });
const renameTable = (from: string, to: string): SchemaChange => ({ kind: 'rename-table', table: t(from), newName: to });
const renameColumn = (table: string, from: string, to: string): SchemaChange => ({ kind: 'rename-column', table: t(table), column: from, newName: to });

const BASE = `CREATE TABLE members (id bigint PRIMARY KEY, mail text, org_id bigint);
CREATE TABLE posts (id bigint PRIMARY KEY, member_id bigint REFERENCES members (id), body text);`;

const CASES: Case[] = [
  {
    // Postgres marks the index itself as the table's clustered index and replica identity.
    name: 'an index the table is clustered on and identified by',
    from: `CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL);
CREATE UNIQUE INDEX events_id ON events (id);
ALTER TABLE events REPLICA IDENTITY USING INDEX events_id;
ALTER TABLE events CLUSTER ON events_id;`,
    edits: [{ kind: 'rename-index', table: t('events'), name: 'events_id', newName: 'events_by_id' }],
    alter: 'ALTER INDEX events_id RENAME TO events_by_id;',
    expect: [],
  },
  {
    // Written quoted, the name's double quote is doubled: found all the same.
    name: 'a column whose name has a double quote in it',
    from: `CREATE TABLE notes (id bigint PRIMARY KEY, "say ""hi""" text, CONSTRAINT has_words CHECK ("say ""hi""" <> ''));
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY quoted ON notes USING ("say ""hi""" IS NOT NULL);`,
    edits: [{ kind: 'rename-column', table: { schema: 'public', name: 'notes' }, column: 'say "hi"', newName: 'greeting' }],
    alter: 'ALTER TABLE notes RENAME COLUMN "say ""hi""" TO greeting;',
    expect: [
      { check: 'has_words', includes: 'greeting' },
      { policy: 'quoted', includes: 'greeting' },
    ],
  },
  {
    name: 'views of every shape over a renamed table and column',
    from: `${BASE}
CREATE VIEW v1 AS SELECT id, mail FROM members;
CREATE VIEW v2 AS SELECT p.body FROM posts p WHERE p.member_id IN (SELECT id FROM members WHERE mail IS NOT NULL);
CREATE VIEW v3 AS SELECT members.mail, (SELECT max(mail) FROM members m2) AS mx FROM members;
CREATE VIEW v4 AS SELECT s.mail FROM (SELECT mail FROM members) s;
CREATE VIEW v5 AS WITH c AS (SELECT mail FROM members) SELECT mail FROM c;
CREATE VIEW v6 AS SELECT * FROM members;
CREATE VIEW v7 AS SELECT m.mail AS address, p.body FROM members m JOIN posts p ON p.member_id = m.id;
CREATE VIEW v8 (who) AS SELECT mail FROM members;
CREATE VIEW v9 AS SELECT id FROM v1 WHERE mail LIKE '%@%';`,
    edits: [renameTable('members', 'users'), renameColumn('users', 'mail', 'email')],
    alter: 'ALTER TABLE members RENAME TO users; ALTER TABLE users RENAME COLUMN mail TO email;',
    expect: [
      { view: 'v1', includes: 'email AS mail' },
      { view: 'v2', includes: 'email IS NOT NULL' },
      { view: 'v3', includes: 'users.email AS mail' },
      { view: 'v4', includes: 'email AS mail' },
      { view: 'v5', includes: 'email AS mail' },
      { view: 'v6', includes: 'email AS mail' },
      { view: 'v7', includes: 'm.email AS address' },
      { view: 'v8', includes: 'SELECT email' },
      // A view over a view: the view's column kept its name, nothing to change but the table.
      { view: 'v9', includes: "mail LIKE '%@%'" },
    ],
  },
  {
    name: "a table's own expressions and other tables' policies",
    from: `${BASE}
ALTER TABLE members ADD CONSTRAINT mail_shape CHECK (mail LIKE '%@%');
ALTER TABLE members ADD COLUMN mail_lower text GENERATED ALWAYS AS (lower(mail)) STORED;
CREATE INDEX members_mail_lower ON members (lower(mail)) WHERE mail IS NOT NULL;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER members_touch BEFORE UPDATE ON members FOR EACH ROW WHEN (OLD.mail IS DISTINCT FROM NEW.mail) EXECUTE FUNCTION touch();
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_posts ON posts USING (member_id IN (SELECT id FROM members WHERE mail = current_user));
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON members USING (mail = current_user);`,
    edits: [renameColumn('members', 'mail', 'email'), renameTable('members', 'users')],
    alter: 'ALTER TABLE members RENAME COLUMN mail TO email; ALTER TABLE members RENAME TO users;',
    expect: [
      { check: 'mail_shape', includes: "email LIKE '%@%'" },
      { generated: 'mail_lower', includes: 'lower(email)' },
      { index: 'members_mail_lower', includes: 'email' },
      { trigger: 'members_touch', includes: 'old.email IS DISTINCT FROM new.email' },
      { policy: 'own_posts', includes: 'FROM users WHERE email = CURRENT_USER' },
      { policy: 'own_row', includes: 'email = CURRENT_USER' },
    ],
  },
  {
    name: 'a SQL-standard function body and a view that calls it',
    from: `${BASE}
CREATE FUNCTION member_mail(member bigint) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT mail FROM members WHERE id = member; END;
CREATE VIEW post_mails AS SELECT p.id, member_mail(p.member_id) AS mail FROM posts p;`,
    edits: [renameColumn('members', 'mail', 'email')],
    alter: 'ALTER TABLE members RENAME COLUMN mail TO email;',
    expect: [{ routine: 'member_mail', includes: 'SELECT email AS mail FROM members WHERE id = member' }],
  },
  {
    name: 'a partitioned table: the column is renamed in every partition',
    from: `CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, CHECK (kind <> '')) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind ON events (kind) WHERE kind IS NOT NULL;
CREATE VIEW recent_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;`,
    edits: [renameColumn('events', 'kind', 'category')],
    alter: 'ALTER TABLE events RENAME COLUMN kind TO category;',
    expect: [
      { view: 'recent_kinds', includes: 'category AS kind' },
      { index: 'events_kind', includes: 'category' },
    ],
  },
  {
    name: 'a renamed type in casts and defaults',
    from: `CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (id bigint PRIMARY KEY, feeling mood DEFAULT 'happy'::mood, CHECK (feeling <> 'sad'::mood));
CREATE VIEW happy_people AS SELECT id FROM people WHERE feeling = 'happy'::mood;`,
    edits: [{ kind: 'rename-type', type: t('mood'), newName: 'feeling_kind' }],
    alter: 'ALTER TYPE mood RENAME TO feeling_kind;',
    expect: [
      { view: 'happy_people', includes: "AS feeling_kind)" },
      { check: 'people_feeling_check', includes: "CAST('sad' AS feeling_kind)" },
    ],
  },
];

let db: PGlite;

beforeAll(async () => {
  await initParser();
  db = await freshPglite();
});

afterAll(async () => {
  await db.close();
});

async function catalogOf(sql: string) {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await db.exec(sql);
  return snapshotCatalog(db);
}

function texts(schema: ReturnType<typeof importSql>['schema'], e: Case['expect'][number]): string {
  const tables = Object.values(schema.tables);
  if (e.view) return schema.views[`public.${e.view}`]?.query ?? '(no view)';
  if (e.check) return tables.flatMap((x) => x.checks).find((c) => c.name === e.check)?.expression ?? '(no check)';
  if (e.policy) return tables.flatMap((x) => x.policies).find((p) => p.name === e.policy)?.using ?? '(no policy)';
  if (e.index) return JSON.stringify(tables.flatMap((x) => x.indexes).find((ix) => ix.name === e.index));
  if (e.trigger) return tables.flatMap((x) => x.triggers).find((tr) => tr.name === e.trigger)?.when ?? '(no trigger)';
  if (e.generated) return tables.flatMap((x) => x.columns).find((c) => c.name === e.generated)?.generated?.expression ?? '(no column)';
  if (e.routine) return Object.values(schema.routines).find((r) => r.name === e.routine)?.body ?? '(no routine)';
  return '';
}

describe('renames followed into stored SQL', () => {
  test.each(CASES)('$name', async (c) => {
    const from = importSql(c.from).schema;
    const applied = applyChanges(from, c.edits);
    const imported = importSql(`${c.from}\n${c.alter}`).schema;
    for (const e of c.expect) {
      const text = texts(applied, e).replace(/\s+/g, ' ');
      expect(text, JSON.stringify(e)).toContain(e.includes);
    }
    // The importer reads ALTER ... RENAME to the same model.
    expect(diff(applied, imported)).toEqual([]);
    // Postgres agrees: the renamed database equals the printed model.
    const renamed = await catalogOf(`${c.from}\n${c.alter}`);
    const printed = await catalogOf(printSchema(applied));
    expect(compareCatalogs(printed, renamed)).toEqual([]);
  });
});
