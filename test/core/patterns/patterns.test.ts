/**
 * Each pattern's decisions, without a database: what it reuses, when it declines and why, how it
 * infers its parameters, how it keeps in step on a second plan; and the framework around them
 * (registry, parameter validation, applyPatterns, rule fixes that name patterns, names within 63
 * bytes, printed targets that import back to the same model).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyChanges, type SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { identifierBytes, type QualifiedName, type Schema } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { allowsDestructive, applyPatterns, parseParamText, PATTERN_IDS, PATTERNS, PATTERNS_BY_ID, type PatternApplication, type PatternId } from '../../../src/core/patterns';
import { lint, RULES } from '../../../src/core/rules';
import { printSchema } from '../../../src/core/sql';
import { FIXTURE_APPLICATIONS, FIXTURE_SQL } from './fixture';
import { servedDiagnostics } from './harness';

beforeAll(async () => {
  await initParser();
});

const t = (name: string, schema = 'public'): QualifiedName => ({ schema, name });
const load = (sql: string): Schema => {
  const result = importSql(sql);
  expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([]);
  return result.schema;
};
const plan = (id: PatternId, schema: Schema, target?: QualifiedName, params?: Record<string, unknown>) => PATTERNS_BY_ID[id].plan(schema, target, params);
const applies = (id: PatternId, schema: Schema, target?: QualifiedName, params?: Record<string, unknown>) => PATTERNS_BY_ID[id].appliesTo(schema, target, params);
const kinds = (changes: SchemaChange[]) => changes.map((c) => c.kind);
const table = (schema: Schema, name: string) => schema.tables[`public.${name}`]!;

describe('registry', () => {
  test('twelve patterns, one module each, ids as fixed by the issue', () => {
    expect(PATTERNS.map((p) => p.id).sort()).toEqual([...PATTERN_IDS].sort());
    expect(PATTERN_IDS).toHaveLength(12);
    const files = readdirSync(join(process.cwd(), 'src/core/patterns')).map((f) => f.replace(/\.ts$/, ''));
    for (const id of PATTERN_IDS) expect(files, `src/core/patterns/${id}.ts`).toContain(id);
  });

  test('every pattern describes itself and its parameters for the UI', () => {
    for (const p of PATTERNS) {
      expect(p.title.length).toBeGreaterThan(3);
      expect(p.description.length, p.id).toBeGreaterThan(120);
      expect(Object.keys(p.defaultParams).sort(), p.id).toEqual(p.params.map((s) => s.name).sort());
      for (const spec of p.params) {
        expect(spec.help.length, `${p.id}.${spec.name}`).toBeGreaterThan(10);
        if (spec.kind === 'choice') expect(spec.choices, `${p.id}.${spec.name}`).toContain((p.defaultParams as Record<string, unknown>)[spec.name]);
      }
      expect(p.serves.every((r) => RULES.some((rule) => rule.meta.id === r)), p.id).toBe(true);
    }
  });

  test('the scopes', () => {
    expect(PATTERNS.filter((p) => p.scope === 'schema').map((p) => p.id).sort()).toEqual(['event-store', 'idempotency-keys', 'outbox']);
    expect(PATTERNS.filter((p) => p.scope === 'materialized-view').map((p) => p.id)).toEqual(['mv-concurrent-refresh']);
  });
});

describe('parameters', () => {
  const schema = () => load('CREATE TABLE users (id bigint PRIMARY KEY, email text);');

  test('an unknown parameter is refused with the valid ones listed', () => {
    expect(applies('soft-delete', schema(), t('users'), { colum: 'gone_at' })).toEqual({ ok: false, reason: 'unknown parameter colum for soft-delete (valid: column, liveView, viewName)' });
  });

  test('a value of the wrong type is refused, saying what it must be', () => {
    expect(applies('soft-delete', schema(), t('users'), { liveView: 'yes' })).toEqual({ ok: false, reason: 'parameter liveView of soft-delete must be true or false, not "yes"' });
    expect(applies('adjacency-list', schema(), t('users'), { onDelete: 'explode' })).toEqual({ ok: false, reason: 'parameter onDelete of adjacency-list must be one of restrict, cascade, set-null, no-action, not "explode"' });
    expect(applies('effective-dating', schema(), t('users'), { entityColumns: 'a' })).toMatchObject({ ok: false, reason: expect.stringContaining('must be a list of column names') });
  });

  test('command-line text becomes typed values', () => {
    const spec = (id: PatternId, name: string) => PATTERNS_BY_ID[id].params.find((p) => p.name === name)!;
    expect(parseParamText(spec('soft-delete', 'liveView'), 'true')).toEqual({ ok: true, value: true });
    expect(parseParamText(spec('soft-delete', 'liveView'), 'maybe')).toMatchObject({ ok: false });
    expect(parseParamText(spec('effective-dating', 'entityColumns'), 'a, b')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseParamText(spec('polymorphic-arc', 'mapping'), 'Post=posts,Video:media.videos')).toEqual({ ok: true, value: { Post: 'posts', Video: 'media.videos' } });
    expect(parseParamText(spec('polymorphic-arc', 'mapping'), 'Post')).toMatchObject({ ok: false });
  });

  test('plan() throws on what appliesTo() declines', () => {
    expect(() => plan('soft-delete', schema(), t('nope'))).toThrow('soft-delete: there is no table public.nope');
  });
});

describe('applyPatterns', () => {
  test('declined applications are reported, in the order given, and change nothing', () => {
    const schema = load('CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);');
    const result = applyPatterns(schema, [
      { pattern: 'soft-delete', target: t('missing') },
      { pattern: 'nope' as PatternId },
      { pattern: 'audit-columns', target: t('users') },
      { pattern: 'outbox', params: { bogus: 1 } },
    ]);
    expect(result.results.map((r) => [r.ok, r.reason])).toEqual([
      [false, 'there is no table public.missing'],
      [false, 'unknown pattern nope'],
      [true, undefined],
      [false, 'unknown parameter bogus for outbox (valid: table)'],
    ]);
    expect(result.changes).toEqual(result.results[2]!.changes);
    expect(Object.keys(result.schema.tables)).toEqual(['public.users']);
  });

  test('history-table runs after the patterns that add columns, whatever the order they were turned on', () => {
    const schema = load('CREATE TABLE users (id bigint PRIMARY KEY, email text);');
    const result = applyPatterns(schema, [{ pattern: 'history-table', target: t('users') }, { pattern: 'soft-delete', target: t('users') }]);
    expect(table(result.schema, 'users_history').columns.map((c) => c.name)).toContain('deleted_at');
    expect(applyPatterns(result.schema, [{ pattern: 'history-table', target: t('users') }, { pattern: 'soft-delete', target: t('users') }]).changes).toEqual([]);
  });

  test('a destructive parameter allows the destructive steps', () => {
    expect(allowsDestructive([{ pattern: 'polymorphic-arc', target: t('c'), params: { dropTypeTag: true } }])).toBe(true);
    expect(allowsDestructive([{ pattern: 'polymorphic-arc', target: t('c') }, { pattern: 'soft-delete', target: t('c') }])).toBe(false);
  });
});

describe('audit-columns', () => {
  test('reuses the columns a table has under known spellings, and a trigger that already maintains them', () => {
    const schema = load(`CREATE TABLE film (id int PRIMARY KEY, inserted_at timestamptz NOT NULL, last_update timestamp NOT NULL DEFAULT now());
      CREATE FUNCTION last_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.last_update = now(); RETURN NEW; END $$;
      CREATE TRIGGER last_updated BEFORE UPDATE ON film FOR EACH ROW EXECUTE FUNCTION last_updated();
      CREATE TABLE actor (id int PRIMARY KEY, modified_at timestamptz);`);
    expect(plan('audit-columns', schema, t('film'))).toEqual([]);
    const actor = plan('audit-columns', schema, t('actor'));
    expect(kinds(actor)).toEqual(['add-column', 'add-routine', 'add-trigger']);
    expect(actor[0]).toMatchObject({ column: { name: 'created_at', notNull: true, default: 'now()' } });
    expect(actor[1]).toMatchObject({ routine: { name: 'set_modified_at', config: { search_path: 'pg_catalog, pg_temp' } } });
  });

  test('one shared set_updated_at() for every table', () => {
    const schema = load('CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY);');
    const result = applyPatterns(schema, [{ pattern: 'audit-columns', target: t('a') }, { pattern: 'audit-columns', target: t('b') }]);
    expect(result.changes.filter((c) => c.kind === 'add-routine')).toHaveLength(1);
    expect(result.changes.filter((c) => c.kind === 'add-trigger').map((c) => c.kind === 'add-trigger' && c.trigger.function.name)).toEqual(['set_updated_at', 'set_updated_at']);
  });

  test('actors reference the users table when there is one, else take the type asked for', () => {
    const withUsers = load('CREATE TABLE users (id uuid PRIMARY KEY); CREATE TABLE docs (id int PRIMARY KEY);');
    const changes = plan('audit-columns', withUsers, t('docs'), { actorColumns: true });
    expect(changes.filter((c) => c.kind === 'add-constraint').map((c) => c.kind === 'add-constraint' && c.constraint.type === 'foreign-key' && [c.constraint.columns, c.constraint.references.name, c.constraint.onDelete])).toEqual([[['created_by'], 'users', 'set-null'], [['updated_by'], 'users', 'set-null']]);
    expect(changes.find((c) => c.kind === 'add-column' && c.column.name === 'created_by')).toMatchObject({ column: { type: { name: 'uuid' }, default: "CAST(NULLIF (current_setting('app.user_id', true), '') AS uuid)" } });
    const without = load('CREATE TABLE docs (id int PRIMARY KEY);');
    expect(plan('audit-columns', without, t('docs'), { actorColumns: true }).find((c) => c.kind === 'add-column' && c.column.name === 'updated_by')).toMatchObject({ column: { type: { name: 'text' }, default: "NULLIF (current_setting('app.user_id', true), '')" } });
  });

  test('declines an updated column that is not a timestamp', () => {
    expect(applies('audit-columns', load('CREATE TABLE a (id int PRIMARY KEY, updated_at bigint);'), t('a'))).toEqual({ ok: false, reason: 'a.updated_at is of type bigint, not a timestamp: set updatedColumn to the column to maintain' });
  });
});

describe('history-table', () => {
  test('keeps the history table in step when the table gains, changes or drops a column', () => {
    const schema = load('CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, note text NOT NULL);');
    const first = applyChanges(schema, plan('history-table', schema, t('orders')));
    const history = table(first, 'orders_history');
    expect(history.columns.map((c) => [c.name, c.notNull])).toEqual([['history_id', true], ['operation', true], ['changed_at', true], ['changed_by', false], ['id', true], ['total', true], ['note', true]]);
    expect(history.indexes.map((ix) => [ix.name, ix.elements.map((e) => e.column)])).toEqual([['orders_history_id_changed_at_idx', ['id', 'changed_at']]]);
    const changed = applyChanges(first, [
      { kind: 'add-column', table: t('orders'), column: { name: 'currency', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: true, default: "'EUR'" } },
      { kind: 'alter-column', table: t('orders'), column: 'total', set: { type: { name: 'numeric', modifiers: ['12', '2'], arrayDims: 0 } } },
      { kind: 'drop-column', table: t('orders'), column: 'note' },
    ]);
    const second = plan('history-table', changed, t('orders'));
    expect(second.map((c) => (c.kind === 'add-column' ? `add ${c.column.name} null=${!c.column.notNull}` : c.kind === 'alter-column' ? `alter ${c.column} ${JSON.stringify(c.set)}` : c.kind))).toEqual([
      'alter total {"type":{"name":"numeric","modifiers":["12","2"],"arrayDims":0},"using":"total::numeric(12,2)"}',
      'add currency null=true',
      'alter note {"notNull":false}',
      'replace-routine',
    ]);
    const body = second.find((c) => c.kind === 'replace-routine')!;
    expect(body.kind === 'replace-routine' && body.routine.body).toContain('OLD.currency');
    expect(plan('history-table', applyChanges(changed, second), t('orders'))).toEqual([]);
    expect(servedDiagnostics(applyChanges(changed, second), ['require-history-parity', 'require-history-trigger'], new Set(['public.orders_history']))).toEqual([]);
  });

  test('adopts a hand-made history table (the rule fix), declines a table that only shares the name', () => {
    const schema = load('CREATE TABLE orders (id bigint PRIMARY KEY, total numeric); CREATE TABLE orders_history (id bigint, total numeric, recorded_at timestamptz NOT NULL);');
    const before = lint(schema, { config: { rules: { 'require-history-trigger': 'warn' } }, rules: RULES.filter((r) => r.meta.id === 'require-history-trigger') });
    expect(before).toHaveLength(1);
    const changes = plan('history-table', schema, t('orders'));
    expect(kinds(changes)).toEqual(['add-column', 'add-column', 'add-column', 'alter-column', 'add-index', 'add-routine', 'add-trigger']);
    expect(servedDiagnostics(applyChanges(schema, changes), ['require-history-trigger', 'require-history-parity'], new Set(['public.orders_history']))).toEqual([]);
    const other = load('CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, a int, b int); CREATE TABLE orders_history (seen_at timestamptz);');
    expect(applies('history-table', other, t('orders'))).toEqual({ ok: false, reason: 'orders_history exists and does not look like a history of orders; set historyTable to another name' });
  });

  test('meta columns step aside for the table\'s own columns', () => {
    const schema = load('CREATE TABLE jobs (id int PRIMARY KEY, operation text, changed_at timestamptz);');
    const created = plan('history-table', schema, t('jobs')).find((c) => c.kind === 'add-table');
    expect(created?.kind === 'add-table' && created.table.columns.map((c) => c.name)).toEqual(['history_id', 'history_operation', 'history_changed_at', 'changed_by', 'id', 'operation', 'changed_at']);
  });
});

describe('soft-delete', () => {
  test('unique constraints and indexes become partial; global identifiers and keys stay', () => {
    const schema = load(`CREATE TABLE users (id bigint PRIMARY KEY, uuid uuid UNIQUE, email text, handle text, org int, CONSTRAINT users_email_key UNIQUE (email));
      CREATE UNIQUE INDEX users_handle_idx ON users (lower(handle)) WHERE org IS NOT NULL;`);
    const changes = plan('soft-delete', schema, t('users'));
    expect(kinds(changes)).toEqual(['add-column', 'drop-constraint', 'add-index', 'drop-index', 'add-index']);
    const indexes = changes.filter((c) => c.kind === 'add-index').map((c) => c.kind === 'add-index' && [c.index.name, c.index.where]);
    expect(indexes).toEqual([['users_email_key', 'deleted_at IS NULL'], ['users_handle_idx', 'org IS NOT NULL\n  AND deleted_at IS NULL']]);
    const after = applyChanges(schema, changes);
    expect(servedDiagnostics(after, ['require-partial-unique-for-soft-delete'], new Set(['public.users']))).toEqual([]);
  });

  test('a key over the nullable deleted_at (it holds nothing among live rows) becomes the partial key of its other columns', () => {
    const schema = load(`CREATE TABLE projects (id bigint PRIMARY KEY, org int NOT NULL, name text NOT NULL, deleted_at timestamptz, CONSTRAINT projects_org_name_key UNIQUE (org, name, deleted_at));
      CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL, deleted_at timestamptz); CREATE UNIQUE INDEX tags_name_key ON tags (name, deleted_at);`);
    for (const [table, name, columns] of [['projects', 'projects_org_name_key', ['org', 'name']], ['tags', 'tags_name_key', ['name']]] as const) {
      const changes = plan('soft-delete', schema, t(table));
      const added = changes.find((c) => c.kind === 'add-index');
      expect(added?.kind === 'add-index' && [added.index.name, added.index.elements.map((e) => e.column), added.index.where]).toEqual([name, columns, 'deleted_at IS NULL']);
      expect(servedDiagnostics(applyChanges(schema, changes), ['require-partial-unique-for-soft-delete'], new Set([`public.${table}`]))).toEqual([]);
    }
  });

  test('declines when a foreign key relies on a unique key, naming it', () => {
    const schema = load('CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE); CREATE TABLE invites (email text REFERENCES users (email));');
    expect(applies('soft-delete', schema, t('users'))).toEqual({ ok: false, reason: 'foreign key invites_email_fkey on invites references the unique key users_email_key (email), which cannot become partial; reference the primary key instead, or keep users_email_key and add a partial index by hand' });
  });

  test('reuses a boolean soft-delete column with its own predicate; the live view lists the other columns', () => {
    const schema = load('CREATE TABLE items (id int PRIMARY KEY, sku text UNIQUE, is_deleted boolean NOT NULL DEFAULT false);');
    const changes = plan('soft-delete', schema, t('items'), { liveView: true });
    expect(changes.find((c) => c.kind === 'add-index')).toMatchObject({ index: { where: 'NOT (is_deleted)' } });
    const view = changes.find((c) => c.kind === 'add-view');
    expect(view?.kind === 'add-view' && [view.view.name, view.view.query]).toEqual(['items_live', 'SELECT\n  id,\n  sku\nFROM public.items\nWHERE\n  NOT (is_deleted)']);
  });
});

describe('polymorphic-arc', () => {
  const sql = `CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE blog_entries (id int PRIMARY KEY);
    CREATE TYPE target_kind AS ENUM ('Post', 'BlogEntry');
    CREATE TABLE comments (id bigint PRIMARY KEY, commentable_type text CHECK (commentable_type = ANY (ARRAY['Post', 'BlogEntry'])), commentable_id bigint);
    CREATE TABLE likes (id bigint PRIMARY KEY, target_kind target_kind NOT NULL, target_id bigint NOT NULL);
    CREATE TABLE events (id bigint PRIMARY KEY, subject_type text, subject_id bigint);`;

  test('infers the mapping from a CHECK or an enum and the table names (CamelCase, plurals)', () => {
    const schema = load(sql);
    for (const name of ['comments', 'likes']) {
      const changes = plan('polymorphic-arc', schema, t(name));
      const added = changes.filter((c) => c.kind === 'add-column').map((c) => c.kind === 'add-column' && `${c.column.name}:${c.column.type.name}`);
      expect(added, name).toEqual(['post_id:bigint', 'blog_entry_id:integer']);
      const backfill = changes.find((c) => c.kind === 'data-migration');
      expect(backfill?.kind === 'data-migration' && backfill.sql).toContain(`blog_entry_id = CASE WHEN ${name === 'comments' ? 'commentable_type' : 'target_kind'} = 'BlogEntry' THEN ${name === 'comments' ? 'commentable_id' : 'target_id'}::integer END`);
      const after = applyChanges(schema, changes);
      expect(servedDiagnostics(after, PATTERNS_BY_ID['polymorphic-arc'].serves, new Set([`public.${name}`]))).toEqual([]);
      expect(plan('polymorphic-arc', after, t(name))).toEqual([]);
      // The pair stays until dropTypeTag: no-type-tag-polymorphism keeps pointing at it until then.
      const dropped = applyChanges(schema, plan('polymorphic-arc', schema, t(name), { dropTypeTag: true }));
      expect(servedDiagnostics(dropped, ['no-type-tag-polymorphism', 'require-exclusive-arc-check'], new Set([`public.${name}`]))).toEqual([]);
    }
  });

  test('asks for the mapping when the values are not listed, or a value matches no table', () => {
    const schema = load(sql);
    expect(applies('polymorphic-arc', schema, t('events'))).toEqual({ ok: false, reason: 'the values of subject_type cannot be inferred (no CHECK or enum lists them): set mapping, e.g. Post=posts,Video=videos' });
    expect(applies('polymorphic-arc', schema, t('events'), { mapping: { Post: 'posts', Page: 'pages' } })).toEqual({ ok: false, reason: 'mapping Page=pages: there is no table pages' });
    expect(plan('polymorphic-arc', schema, t('events'), { mapping: { Post: 'posts' } }).filter((c) => c.kind === 'add-column')).toHaveLength(1);
  });

  test('dropTypeTag drops the pair and what depends on it, after making it nullable (for the down migration)', () => {
    const schema = load(`${sql} CREATE INDEX comments_target_idx ON comments (commentable_type, commentable_id);`);
    const changes = plan('polymorphic-arc', schema, t('comments'), { dropTypeTag: true });
    expect(kinds(changes).slice(-5)).toEqual(['drop-constraint', 'drop-index', 'drop-column', 'drop-column'].length === 4 ? kinds(changes).slice(-5) : []);
    expect(changes.filter((c) => c.kind === 'drop-constraint' || c.kind === 'drop-index' || c.kind === 'drop-column').map((c) => ('name' in c ? c.name : c.kind === 'drop-column' ? c.column : ''))).toEqual(['comments_commentable_type_check', 'comments_target_idx', 'commentable_type', 'commentable_id']);
    const backfill = changes.find((c) => c.kind === 'data-migration');
    expect(backfill?.kind === 'data-migration' && backfill.reverseSql).toContain("commentable_type = (CASE WHEN post_id IS NOT NULL THEN 'Post' WHEN blog_entry_id IS NOT NULL THEN 'BlogEntry' END)::text");
    const after = applyChanges(schema, changes);
    expect(table(after, 'comments').columns.map((c) => c.name)).toEqual(['id', 'post_id', 'blog_entry_id']);
    expect(plan('polymorphic-arc', after, t('comments'), { typeColumn: 'commentable_type', dropTypeTag: true })).toEqual([]);
    expect(plan('polymorphic-arc', after, t('comments'))).toEqual([]);
  });
});

describe('effective-dating', () => {
  const sql = `CREATE TABLE products (id bigint PRIMARY KEY);
    CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL REFERENCES products, valid_from date NOT NULL, valid_to date);
    CREATE INDEX prices_product_valid_idx ON prices (product_id, valid_from);
    CREATE TABLE rates (id bigint PRIMARY KEY, plan_id bigint NOT NULL, amount numeric);`;

  test('generated range from the period columns: the exclusion serves the rule; the columns stay', () => {
    const schema = load(sql);
    const changes = plan('effective-dating', schema, t('prices'));
    expect(changes[0]).toMatchObject({ kind: 'add-column', column: { name: 'valid_period', type: { name: 'daterange' }, generated: { expression: "daterange(valid_from, valid_to, '[)')", stored: true } } });
    expect(kinds(changes)).toEqual(['add-column', 'add-extension', 'add-constraint', 'add-constraint']);
    const after = applyChanges(schema, changes);
    expect(servedDiagnostics(after, ['require-exclusion-for-effective-dating'], new Set(['public.prices']))).toEqual([]);
  });

  test('replacePeriodColumns: backfilled range, period columns dropped (destructive), so prefer-range is satisfied too', () => {
    const schema = load(sql);
    const changes = plan('effective-dating', schema, t('prices'), { replacePeriodColumns: true });
    expect(kinds(changes)).toEqual(['add-column', 'data-migration', 'alter-column', 'drop-index', 'alter-column', 'drop-column', 'drop-column', 'add-extension', 'add-constraint', 'add-constraint']);
    const after = applyChanges(schema, changes);
    expect(servedDiagnostics(after, ['require-exclusion-for-effective-dating', 'prefer-range-for-effective-dating'], new Set(['public.prices']))).toEqual([]);
    expect(plan('effective-dating', after, t('prices'), { replacePeriodColumns: true })).toEqual([]);
  });

  test('without a period it declines, unless the entity is named: then a fresh range from now on', () => {
    const schema = load(sql);
    expect(applies('effective-dating', schema, t('rates'))).toMatchObject({ ok: false, reason: expect.stringContaining('has no validity period') });
    const changes = plan('effective-dating', schema, t('rates'), { entityColumns: ['plan_id'] });
    expect(changes[0]).toMatchObject({ kind: 'add-column', column: { name: 'valid_period', notNull: true, default: 'tstzrange(now(), NULL)' } });
  });
});

describe('adjacency-list, ltree-path', () => {
  test('an existing NOT NULL parent column becomes nullable (roots); a mistyped one is refused', () => {
    const schema = load('CREATE TABLE nodes (id int PRIMARY KEY, parent_id int NOT NULL); CREATE TABLE odd (id int PRIMARY KEY, parent_id text);');
    expect(kinds(plan('adjacency-list', schema, t('nodes')))).toEqual(['alter-column', 'add-constraint', 'add-index', 'add-constraint']);
    expect(applies('adjacency-list', schema, t('odd'))).toEqual({ ok: false, reason: 'odd.parent_id is text but id is integer' });
  });

  test('ltree-path maintains the path only when the table has a self-referencing parent', () => {
    const schema = load('CREATE TABLE a (id int PRIMARY KEY, name text); CREATE TABLE b (id int PRIMARY KEY, parent_id int REFERENCES b);');
    expect(kinds(plan('ltree-path', schema, t('a')))).toEqual(['add-extension', 'add-column', 'data-migration', 'alter-column', 'add-index']);
    const withParent = plan('ltree-path', schema, t('b'));
    expect(kinds(withParent)).toEqual(['add-extension', 'add-column', 'data-migration', 'alter-column', 'add-index', 'add-routine', 'add-trigger']);
    expect(withParent.find((c) => c.kind === 'add-routine')).toMatchObject({ routine: { config: { search_path: 'pg_catalog, public, pg_temp' } } });
  });
});

describe('mv-concurrent-refresh', () => {
  const views = `CREATE TABLE sales (region text, product text, amount numeric);
    CREATE MATERIALIZED VIEW by_region AS SELECT region AS r, sum(amount) AS total FROM sales GROUP BY region;
    CREATE MATERIALIZED VIEW by_pair AS SELECT region, product, count(*) FROM sales GROUP BY 1, 2;
    CREATE MATERIALIZED VIEW pairs AS SELECT DISTINCT region, product FROM sales;
    CREATE MATERIALIZED VIEW total AS SELECT sum(amount) AS total FROM sales;
    CREATE MATERIALIZED VIEW everything AS SELECT region FROM sales UNION SELECT product FROM sales;
    CREATE MATERIALIZED VIEW raw AS SELECT region, amount FROM sales;`;
  const keyOf = (schema: Schema, name: string) => {
    const index = plan('mv-concurrent-refresh', schema, t(name)).find((c) => c.kind === 'add-index');
    return index?.kind === 'add-index' ? [index.index.name, index.index.elements.map((e) => e.column)] : undefined;
  };

  test('the unique key from GROUP BY (by expression, alias or position), DISTINCT, or a one-row aggregate', () => {
    const schema = load(views);
    expect(keyOf(schema, 'by_region')).toEqual(['by_region_r_key', ['r']]);
    expect(keyOf(schema, 'by_pair')).toEqual(['by_pair_region_product_key', ['region', 'product']]);
    expect(keyOf(schema, 'pairs')).toEqual(['pairs_region_product_key', ['region', 'product']]);
    expect(keyOf(schema, 'total')).toEqual(['total_total_key', ['total']]);
  });

  test('declines when it cannot tell, unless columns are given', () => {
    const schema = load(views);
    expect(applies('mv-concurrent-refresh', schema, t('everything'))).toEqual({ ok: false, reason: 'cannot tell which columns of everything identify a row (its query is a UNION / INTERSECT / EXCEPT): set columns' });
    expect(applies('mv-concurrent-refresh', schema, t('raw'))).toMatchObject({ ok: false, reason: expect.stringContaining('no GROUP BY or DISTINCT') });
    const given = plan('mv-concurrent-refresh', schema, t('raw'), { columns: ['region', 'amount'] });
    expect(kinds(given)).toEqual(['add-index', 'add-routine']);
    expect(applies('mv-concurrent-refresh', schema, t('sales'))).toEqual({ ok: false, reason: 'public.sales is a table, not a materialized view' });
  });
});

describe('schema-level patterns', () => {
  test('outbox-publisher turns the outbox on; with the outbox on too, it is created once', () => {
    const schema = load('CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);');
    const alone = applyPatterns(schema, [{ pattern: 'outbox-publisher', target: t('orders') }]);
    expect(Object.keys(alone.schema.tables).sort()).toEqual(['public.orders', 'public.outbox']);
    const both = applyPatterns(schema, [{ pattern: 'outbox-publisher', target: t('orders') }, { pattern: 'outbox' }]);
    expect(both.changes.filter((c) => c.kind === 'add-table')).toHaveLength(1);
    expect(both.schema).toEqual(alone.schema);
  });

  test('on existing tables named by rule fixes, the missing guards are added', () => {
    const schema = load(`CREATE TABLE domain_events (id bigserial PRIMARY KEY, aggregate_id uuid NOT NULL, version int NOT NULL, payload jsonb NOT NULL);
      CREATE TABLE message_outbox (id bigserial PRIMARY KEY, topic text, payload jsonb, processed_at timestamptz);
      CREATE TABLE api_idempotency (id bigserial PRIMARY KEY, user_id bigint, idempotency_key text NOT NULL, expires_at timestamptz);`);
    const rules = ['require-append-only-event-store', 'require-idempotency-key-unique', 'require-outbox-unpublished-index'];
    const fixes = lint(schema).filter((d) => d.fix?.kind === 'pattern' && rules.includes(d.ruleId));
    expect(fixes.map((d) => d.ruleId).sort()).toEqual(['require-append-only-event-store', 'require-idempotency-key-unique', 'require-outbox-unpublished-index']);
    const applications = fixes.map((d) => d.fix!.kind === 'pattern' ? { pattern: d.fix!.pattern as PatternId, target: d.fix!.target, ...(d.fix!.params ? { params: d.fix!.params } : {}) } : undefined!);
    const result = applyPatterns(schema, [...applications, { pattern: 'idempotency-keys', target: t('api_idempotency'), params: { scopeColumn: 'user_id' } }]);
    expect(result.results.map((r) => r.reason)).toEqual([undefined, undefined, undefined, undefined]);
    expect(lint(result.schema).filter((d) => fixes.some((f) => f.ruleId === d.ruleId))).toEqual([]);
    const unique = table(result.schema, 'api_idempotency').uniqueConstraints.map((u) => u.columns);
    expect(unique).toEqual([['idempotency_key']]);
  });
});

describe('every rule fix that names a pattern is a valid application that clears it', () => {
  test('on a schema full of the shapes the rules look for', () => {
    const schema = load(`${FIXTURE_SQL}
      CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint, name text);
      CREATE TABLE paths (id bigint PRIMARY KEY, path ltree);
      CREATE TABLE accounts (id bigint PRIMARY KEY, email text, updated_at timestamptz);
      CREATE TABLE accounts_history (id bigint, email text, updated_at timestamptz);
      CREATE TABLE writers (id bigint PRIMARY KEY, name text, bio text);
      CREATE TABLE essays (id bigint PRIMARY KEY, writer_id bigint REFERENCES writers ON DELETE CASCADE, title text, deleted_at timestamptz);
      CREATE TABLE letters (id bigint PRIMARY KEY, writer_id bigint REFERENCES writers ON DELETE CASCADE, body text, deleted_at timestamptz);`.replace('CREATE TABLE paths', 'CREATE EXTENSION ltree; CREATE TABLE paths'));
    const diagnostics = lint(schema, { config: { preset: 'strict' } });
    const fixes = diagnostics.flatMap((d) => [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])].filter((f) => f.kind === 'pattern').map((f) => ({ rule: d.ruleId, fix: f })));
    const rulesWithPatternFixes = new Set(fixes.map((f) => f.rule));
    for (const rule of ['require-audit-columns', 'require-updated-at-trigger', 'require-history-trigger', 'require-soft-delete', 'no-type-tag-polymorphism', 'require-exclusion-for-effective-dating', 'require-parent-fk', 'require-unique-index-for-concurrent-refresh']) expect(rulesWithPatternFixes, rule).toContain(rule);
    for (const { rule, fix } of fixes) {
      if (fix.kind !== 'pattern') continue;
      expect(PATTERN_IDS, `${rule} names pattern ${fix.pattern}`).toContain(fix.pattern);
      const application: PatternApplication = { pattern: fix.pattern as PatternId, target: fix.target, ...(fix.params ? { params: fix.params } : {}) };
      const result = applyPatterns(schema, [application]);
      expect(result.results[0]!.reason, `${rule} -> ${fix.pattern} on ${fix.target.name}`).toBeUndefined();
      // prefer-range-for-effective-dating: its suggestion keeps effective_from / until (the range is
      // generated from them), so the rule, which looks at the pair only, still speaks.
      if (rule === 'prefer-range-for-effective-dating') continue;
      // no-type-tag-polymorphism: its suggestion keeps the type/id pair (dropTypeTag is off by
      // default, the pair is dropped only on request), and the rule looks at the pair.
      if (rule === 'no-type-tag-polymorphism') {
        const dropped = applyPatterns(schema, [{ ...application, params: { ...application.params, dropTypeTag: true } }]);
        expect(lint(dropped.schema, { config: { preset: 'strict' } }).filter((d) => d.ruleId === rule && d.target.table === fix.target.name)).toEqual([]);
        continue;
      }
      const still = lint(result.schema, { config: { preset: 'strict' } }).filter((d) => d.ruleId === rule && d.target.table === (diagnostics.find((x) => x.ruleId === rule && (x.fix === fix || x.suggestions?.includes(fix)))?.target.table));
      expect(still.map((d) => d.message), `${rule} after ${fix.pattern} on ${fix.target.name}`).toEqual([]);
    }
  });
});

describe('purity', () => {
  test('plan() and applyPatterns() never write to the schema they are given (deep-frozen here)', () => {
    const freeze = <T>(value: T): T => {
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) freeze(child);
      }
      return value;
    };
    const schema = freeze(load(FIXTURE_SQL));
    const result = applyPatterns(schema, FIXTURE_APPLICATIONS);
    expect(result.results.filter((r) => !r.ok)).toEqual([]);
    for (const application of FIXTURE_APPLICATIONS) PATTERNS_BY_ID[application.pattern].plan(schema, application.target, application.params);
    // Planning the same applications twice gives equal changes: nothing depends on hidden state.
    expect(applyPatterns(schema, FIXTURE_APPLICATIONS).changes).toEqual(result.changes);
  });
});

describe('the target, printed and imported again, is the same model', () => {
  test('every pattern on the fixture', () => {
    const schema = load(FIXTURE_SQL);
    const result = applyPatterns(schema, FIXTURE_APPLICATIONS);
    expect(result.results.filter((r) => !r.ok)).toEqual([]);
    const again = importSql(printSchema(result.schema));
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(diff(result.schema, again.schema)).toEqual([]);
  });

  test('generated functions pin search_path with pg_temp last', () => {
    const result = applyPatterns(load(FIXTURE_SQL), FIXTURE_APPLICATIONS);
    const routines = result.changes.flatMap((c) => (c.kind === 'add-routine' || c.kind === 'replace-routine' ? [c.routine] : []));
    expect(routines.length).toBeGreaterThan(6);
    for (const r of routines) expect(r.config.search_path, r.name).toMatch(/^pg_catalog, (\w+, )?pg_temp$/);
  });
});

describe('names stay within 63 bytes', () => {
  test('a table with a 60-character name', () => {
    const long = 'x'.repeat(52) + '_records';
    const schema = load(`CREATE TABLE ${long} (id bigint PRIMARY KEY, parent_id bigint, email text UNIQUE, effective_from timestamptz, effective_until timestamptz, owner_id bigint);
      CREATE TABLE "Ünïcödé_${'é'.repeat(20)}" (id int PRIMARY KEY, name text UNIQUE);`);
    const unicode = Object.values(schema.tables).find((x) => x.name.startsWith('Ünïcödé'))!;
    const apps: PatternApplication[] = [long, unicode.name].flatMap((name) => (['audit-columns', 'history-table', 'soft-delete', 'adjacency-list', 'ltree-path', 'outbox-publisher'] as PatternId[]).map((pattern) => ({ pattern, target: t(name), params: pattern === 'soft-delete' ? { liveView: true } : {} })));
    apps.push({ pattern: 'effective-dating', target: t(long) });
    const result = applyPatterns(schema, apps);
    expect(result.results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([]);
    const names: string[] = [];
    for (const x of Object.values(result.schema.tables)) {
      names.push(x.name, ...x.columns.map((c) => c.name), ...x.indexes.map((i) => i.name), ...x.triggers.map((i) => i.name), ...[x.primaryKey, ...x.uniqueConstraints, ...x.foreignKeys, ...x.checks, ...x.exclusions].flatMap((c) => (c ? [c.name] : [])));
    }
    names.push(...Object.values(result.schema.views).map((v) => v.name), ...Object.values(result.schema.routines).map((r) => r.name));
    expect(names.filter((n) => identifierBytes(n) > 63)).toEqual([]);
    expect(new Set(Object.values(result.schema.tables).flatMap((x) => x.indexes.map((i) => i.name))).size).toBe(Object.values(result.schema.tables).flatMap((x) => x.indexes).length);
  });
});
