/**
 * Mermaid and DBML exports of every corpus file: DBML is read back by @dbml/core (dbdiagram's own
 * parser) and must hold every table, column and reference; Mermaid is parsed by the mermaid
 * package itself and checked line by line (entity blocks, attributes, relationship lines), so a
 * line the parser would quietly skip is caught too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@dbml/core';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, test } from 'vitest';
import { toDbml, toMermaid } from '../../../src/core/export';
import { relationships } from '../../../src/core/model/relationships';
import { importSql, initParser } from '../../../src/core/parse';
import { CORPUS_DIR } from '../../support/corpus';

const CORPUS = CORPUS_DIR;
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort();

beforeAll(async () => {
  await initParser();
});

const SAMPLE = `
CREATE TYPE status AS ENUM ('active', 'on hold', 'it''s "done"');
CREATE TABLE orgs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE "User Accounts" (
  id bigserial PRIMARY KEY,
  org_id bigint REFERENCES orgs ON DELETE CASCADE,
  "e-mail" varchar(200) NOT NULL,
  state status NOT NULL DEFAULT 'active',
  balance numeric(12,2) DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (balance >= 0)
);
COMMENT ON TABLE "User Accounts" IS 'People who sign in; it''s "quoted"';
COMMENT ON COLUMN "User Accounts"."e-mail" IS 'lower case';
CREATE UNIQUE INDEX user_email_live ON "User Accounts" (lower("e-mail")) WHERE state <> 'on hold';
CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES "User Accounts", bio text);
CREATE SCHEMA billing;
CREATE TABLE billing.orgs (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES public.orgs);
CREATE TABLE memberships (org_id bigint REFERENCES orgs, user_id bigint REFERENCES "User Accounts", PRIMARY KEY (org_id, user_id));
`;

const MERMAID_LINE = [
  /^erDiagram$/,
  /^ {4}("[^"]+"|[A-Za-z_][A-Za-z0-9_-]*) \{$/,
  /^ {8}[A-Za-z_][A-Za-z0-9_()[\]-]* [A-Za-z_*][A-Za-z0-9_-]*( (PK|FK|UK)(, (PK|FK|UK))*)?( "[^"]*")?$/,
  /^ {4}\}$/,
  /^ {4}("[^"]+"|[A-Za-z_][A-Za-z0-9_-]*)$/,
  /^ {4}("[^"]+"|[A-Za-z_][A-Za-z0-9_-]*) (\|\||\|o)--(o\{|o\|) ("[^"]+"|[A-Za-z_][A-Za-z0-9_-]*) : "[^"]*"$/,
];

function checkMermaid(text: string): string[] {
  return text.trimEnd().split('\n').filter((line) => !MERMAID_LINE.some((re) => re.test(line)));
}

describe('Mermaid erDiagram', () => {
  test('a sample with quoted names, composite keys, one-to-one and optional FKs', async () => {
    const { schema } = importSql(SAMPLE);
    const text = toMermaid(schema);
    expect(checkMermaid(text)).toEqual([]);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'er' });
    expect(text).toContain('    "User Accounts" {');
    expect(text).toContain('        varchar(200) e-mail "lower case"');
    expect(text).toContain('        timestamptz created_at');
    expect(text).toContain('        numeric balance "numeric(12,2); nullable"');
    // Tables outside public are named with their schema, so billing.orgs and orgs stay apart.
    expect(text).toContain('    orgs {');
    expect(text).toContain('    "billing.orgs" {');
    // profiles.user_id is its primary key: one profile per user at most.
    expect(text).toContain('    "User Accounts" ||--o| profiles : "user_id"');
    // org_id may be NULL: a user need not belong to an org.
    expect(text).toContain('    orgs |o--o{ "User Accounts" : "org_id"');
    expect(text).toContain('    orgs ||--o{ "billing.orgs" : "org_id"');
  });

  test("a column named pk, fk or uk (Mermaid's key marks) is renamed, its name kept in the note", async () => {
    const { schema } = importSql('CREATE TABLE lock_table (row_key varchar(128) PRIMARY KEY, pk varchar(36), FK int, uk text NOT NULL);');
    const text = toMermaid(schema);
    expect(checkMermaid(text)).toEqual([]);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'er' });
    expect(text).toContain('        varchar(36) pk_ "pk; nullable"');
    expect(text).toContain('        text uk_ "uk"');
  });

  test.each(FILES)('%s: mermaid parses it; every table and FK is there', async (file) => {
    const { schema } = importSql(readFileSync(join(CORPUS, file), 'utf8'));
    const text = toMermaid(schema);
    expect(checkMermaid(text)).toEqual([]);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'er' });
    const entities = text.split('\n').filter((l) => /^ {4}\S.*(\{|[^}])$/.test(l) && !l.includes('--')).length;
    expect(entities).toBe(Object.keys(schema.tables).length);
    expect(text.split('\n').filter((l) => l.includes('--')).length).toBe(relationships(schema).length);
  });
});

describe('DBML', () => {
  test('a sample: @dbml/core reads back enums, settings, indexes, notes and refs', () => {
    const { schema } = importSql(SAMPLE);
    const dbml = toDbml(schema);
    const db = Parser.parse(dbml, 'dbmlv2');
    const tables = db.schemas.flatMap((s) => s.tables.map((t) => `${s.name}.${t.name}`)).sort();
    expect(tables).toEqual(['billing.orgs', 'public.User Accounts', 'public.memberships', 'public.orgs', 'public.profiles']);
    const users = db.schemas.find((s) => s.name === 'public')!.tables.find((t) => t.name === 'User Accounts')!;
    const email = users.fields.find((f) => f.name === 'e-mail')!;
    expect(email.not_null).toBe(true);
    expect(email.note).toBe('lower case');
    expect(users.fields.find((f) => f.name === 'id')!.increment).toBe(true);
    expect(users.note).toContain('it\'s "quoted"');
    expect(users.note).toContain('CHECK');
    expect(users.indexes.some((i) => i.unique && i.columns[0]?.type === 'expression')).toBe(true);
    const status = db.schemas.find((s) => s.name === 'public')!.enums.find((e) => e.name === 'status')!;
    expect(status.values.map((v) => v.name)).toEqual(['active', 'on hold', 'it\'s "done"']);
    const memberships = db.schemas.find((s) => s.name === 'public')!.tables.find((t) => t.name === 'memberships')!;
    expect(memberships.indexes.some((i) => i.pk && i.columns.length === 2)).toBe(true);
    expect(db.schemas.flatMap((s) => s.refs).length).toBe(relationships(schema).length);
    expect(dbml).toContain('[delete: cascade]');
  });

  test("the canvas's groups and sticky notes: TableGroups and Notes that @dbml/core reads back", () => {
    const { schema } = importSql(SAMPLE);
    const dbml = toDbml(schema, {
      groups: [
        { name: 'Accounts & teams', color: '#3b82f6', tables: ['public."User Accounts"', 'public.memberships', 'public.some_view'] },
        { name: 'Billing', color: '#10b981', tables: ['billing.orgs'] },
      ],
      notes: [{ id: 'n1', text: "Ask about retention: it's '''long''' \\ kept\nsecond line" }, { id: 'n2', text: '   ' }],
    });
    const db = Parser.parse(dbml, 'dbmlv2');
    const groups = db.schemas.flatMap((s) => s.tableGroups);
    expect(groups.map((g) => [g.name, g.color, g.tables.map((t) => t.name).sort()])).toEqual([
      ['Accounts & teams', '#3b82f6', ['User Accounts', 'memberships']],
      ['Billing', '#10b981', ['orgs']],
    ]);
    const notes = (db as unknown as { notes: { name: string; content: string }[] }).notes;
    expect(notes.map((n) => n.content)).toEqual(["Ask about retention: it's '''long''' \\ kept\nsecond line"]);
  });

  test('a foreign key declared twice over the same columns is one Ref; the repeat is named in a comment', () => {
    const { schema } = importSql(`
      CREATE TABLE ds (id bigint PRIMARY KEY);
      CREATE TABLE steering (ds bigint NOT NULL, target bigint NOT NULL,
        CONSTRAINT fk_steering_ds FOREIGN KEY (ds) REFERENCES ds (id) ON DELETE CASCADE,
        CONSTRAINT fk_steering_target FOREIGN KEY (ds) REFERENCES ds (id) ON DELETE CASCADE);
    `);
    const dbml = toDbml(schema);
    const db = Parser.parse(dbml, 'dbmlv2');
    expect(db.schemas.flatMap((s) => s.refs).map((r) => r.name)).toEqual(['fk_steering_ds']);
    expect(dbml).toContain('// Ref fk_steering_target repeats fk_steering_ds');
  });

  test.each(FILES)('%s: @dbml/core parses it with every table, column and reference', (file) => {
    const { schema } = importSql(readFileSync(join(CORPUS, file), 'utf8'));
    const db = Parser.parse(toDbml(schema), 'dbmlv2');
    const tables = db.schemas.flatMap((s) => s.tables);
    // DBML has no table without columns (postgrest's fixtures have some): those are comments.
    const withColumns = Object.values(schema.tables).filter((t) => t.columns.length > 0);
    expect(tables.length).toBe(withColumns.length);
    expect(tables.reduce((n, t) => n + t.fields.length, 0)).toBe(Object.values(schema.tables).reduce((n, t) => n + t.columns.length, 0));
    // One Ref per pair of endpoints: a foreign key declared twice (Traffic Ops) is written once.
    const endpoints = relationships(schema)
      .filter((r) => r.columns.length > 0 && r.referencedColumns.length === r.columns.length)
      .map((r) => [`${r.from}(${r.columns.join(',')})`, `${r.to}(${r.referencedColumns.join(',')})`].sort().join(' '));
    expect(db.schemas.flatMap((s) => s.refs).length).toBe(new Set(endpoints).size);
  });
});
