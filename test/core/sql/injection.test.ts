/**
 * Generated SQL does only what it says (issue 14, items 1 and 3): names and texts that hold line
 * breaks, comment ends, quotes or SQL never leave the comment, identifier or string they are
 * written in. Each case is a way this went wrong; the scripts are read by the real grammar
 * (libpg-query), which skips comments exactly as Postgres does.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { exportMigration, MIGRATION_FORMATS } from '../../../src/core/export';
import { emptySchema } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { applyPatterns } from '../../../src/core/patterns';
import { hazardComment, planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { commentText, dollarQuote, sqlComment, SqlTextError, sqlFragment, storageOption } from '../../../src/core/sql/safe-text';
import { plpgsqlStatementKinds, scriptStatements, statementKinds } from '../../support/statement-kinds';

beforeAll(async () => {
  await initParser();
});

/** Every character sequence some reader takes as the end of a `--` or `/* *\/` comment. */
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '*/'];
const PAYLOAD = 'CREATE TABLE pwned(i int); --';

/** No statement of the script creates, drops or alters anything called pwned. */
function expectNothingInjected(sql: string): void {
  const statements = scriptStatements(sql);
  const injected = statements.filter((s) => /^\s*CREATE TABLE pwned/i.test(s.text));
  expect(injected.map((s) => s.text)).toEqual([]);
}

describe('comments', () => {
  test.each(BREAKS.map((b) => [JSON.stringify(b), b]))('commentText keeps %s on one line', (_, breaker) => {
    const text = commentText(`x${breaker}${PAYLOAD}`);
    expect(text).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029]|\*\//);
    // Whatever the break was, the comment is one line that Postgres skips whole.
    expect(statementKinds(`${sqlComment(`x${breaker}${PAYLOAD}`)}\nSELECT 1;`)).toEqual(['SelectStmt']);
    expect(statementKinds(`/* ${text} */ SELECT 1;`)).toEqual(['SelectStmt']);
  });

  test('a column named with a line break cannot escape the comment above its ADD COLUMN (schemawise diff)', () => {
    for (const breaker of BREAKS.filter((b) => b !== '*/')) {
      const from = importSql('CREATE TABLE public.t (id int PRIMARY KEY);').schema;
      const to = importSql(`CREATE TABLE public.t (id int PRIMARY KEY, "x${breaker}${PAYLOAD}" int);`).schema;
      const plan = planMigration(from, diff(from, to));
      const up = planToSql(plan.up);
      expectNothingInjected(up);
      expect(statementKinds(up).filter((k) => k.startsWith('AlterTableStmt'))).toEqual(['AlterTableStmt(AT_AddColumn)']);
      expectNothingInjected(planToSql(plan.down));
    }
  });

  test('a pattern parameter with a line break (soft-delete column) stays in its comment', () => {
    const baseline = importSql('CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text UNIQUE);').schema;
    const applied = applyPatterns(baseline, [{ pattern: 'soft-delete', target: { schema: 'public', name: 'accounts' }, params: { column: `deleted_at\n${PAYLOAD}` } }]);
    expect(applied.results[0]!.ok).toBe(true);
    const plan = planMigration(baseline, applied.changes);
    expectNothingInjected(planToSql(plan.up));
    expectNothingInjected(planToSql(plan.down));
    for (const format of MIGRATION_FORMATS) {
      for (const file of exportMigration(plan, format.id, { name: 'x', version: '1', timestamp: new Date(0) }).files) {
        if (file.path.endsWith('.sql')) expectNothingInjected(file.content);
      }
    }
  });

  test('hazard comments, notes and the export formats\' headers keep any description on its line', () => {
    const statement = { sql: 'SELECT 1;', description: `a\n${PAYLOAD}\u2028${PAYLOAD}`, hazards: [], transactional: true, destructive: false, phase: 'tables' as const, reverse: 'SELECT 2;' };
    expect(hazardComment(statement).split('\n')).toHaveLength(1);
    const plan = { up: [statement, { ...statement, transactional: false }], down: [{ ...statement, sql: 'SELECT 2;' }], notes: [`Not reversible: ${statement.description}`, `note\r${PAYLOAD}`] };
    expect(statementKinds(planToSql(plan.up)).filter((k) => k === 'SelectStmt')).toHaveLength(2);
    for (const format of MIGRATION_FORMATS) {
      const files = exportMigration(plan, format.id, { name: `n\n${PAYLOAD}`, version: '1', timestamp: new Date(0), author: `me\n${PAYLOAD} <a@b>`, project: `p\n${PAYLOAD}` }).files;
      for (const file of files) {
        if (file.path.endsWith('.sql')) expectNothingInjected(file.content);
        // Line-oriented files (sqitch.plan, Flyway's .conf) gain no line either.
        else expect(file.content.split('\n').filter((line) => line.startsWith('CREATE TABLE pwned'))).toEqual([]);
      }
    }
  });

  test('the line printSchema writes for a type defined in C', () => {
    const schema = emptySchema();
    schema.types['public."x"'] = { kind: 'base', schema: 'public', name: `x\n${PAYLOAD}` };
    const ddl = printSchema(schema);
    expect(ddl).toContain('defined in C');
    expectNothingInjected(ddl);
    // The planner cannot create it: it says so instead of writing a comment as a statement.
    const plan = planMigration(emptySchema(), [{ kind: 'add-type', type: schema.types['public."x"']! }]);
    expect(plan.up).toEqual([]);
    expect(plan.notes.join('\n')).toMatch(/defined in C/);
  });

  test('a trigger function a pattern writes keeps a table name with a line break inside its comment', () => {
    // The body is PL/pgSQL, with a comment naming the table: the name must not end it.
    const body = (name: string) => {
      const baseline = importSql(`CREATE TABLE public."${name}" (id bigint PRIMARY KEY, v text);`).schema;
      const applied = applyPatterns(baseline, [{ pattern: 'history-table', target: { schema: 'public', name } }]);
      expect(applied.results[0]!.ok).toBe(true);
      return plpgsqlStatementKinds(printSchema(applied.schema));
    };
    expect(body(`t\nIF true THEN DELETE FROM victim; END IF; --`)).toEqual(body('t'));
  });
});

describe('identifiers and values the printer used to write as they were', () => {
  /** DDL whose hostile name reaches the given position; the expected kinds are those of the plain spelling. */
  const HOSTILE = 'x"); DROP TABLE victim; --';
  const quoted = `"${HOSTILE.replace(/"/g, '""')}"`;
  const cases: [string, (name: string) => string][] = [
    ['a storage parameter name in WITH (...)', (n) => `CREATE TABLE t (id int) WITH (${n} = 1);`],
    ['a view option name', (n) => `CREATE VIEW v WITH (${n} = 1) AS SELECT 1 AS a;`],
    ['a sequence AS type', (n) => `CREATE SEQUENCE s AS ${n};`],
    ['a domain COLLATE', (n) => `CREATE DOMAIN d AS text COLLATE ${n};`],
    ['an index operator class', (n) => `CREATE TABLE t (a text); CREATE INDEX i ON t (a ${n});`],
    ['an index access method', (n) => `CREATE TABLE t (a text); CREATE INDEX i ON t USING ${n} (a);`],
    ['an exclusion access method and opclass', (n) => `CREATE TABLE t (r int4range, EXCLUDE USING ${n} (r ${n} WITH &&));`],
    ['a partition key COLLATE and opclass', (n) => `CREATE TABLE t (a text) PARTITION BY LIST (a COLLATE ${n} ${n});`],
    ['a function LANGUAGE', (n) => `CREATE FUNCTION f() RETURNS int LANGUAGE ${n} AS 'select 1';`],
    ['a function SET parameter name', (n) => `CREATE FUNCTION f() RETURNS int LANGUAGE sql SET ${n} TO 'v' AS 'select 1';`],
    ['a type modifier', (n) => `CREATE TABLE t (a public.geo(${n}, 4326));`],
    ['a column COLLATE', (n) => `CREATE TABLE t (a text COLLATE ${n});`],
  ];

  test.each(cases)('%s', (_, sql) => {
    const hostile = importSql(sql(quoted));
    const plain = importSql(sql('plain_name'));
    expect(hostile.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const printed = printSchema(hostile.schema);
    expect(statementKinds(printed)).toEqual(statementKinds(printSchema(plain.schema)));
    expect(printed).not.toMatch(/^\s*DROP TABLE victim/m);
    const plan = planMigration(emptySchema(), diff(emptySchema(), hostile.schema));
    expect(statementKinds(planToSql(plan.up)).sort()).toEqual(statementKinds(planToSql(planMigration(emptySchema(), diff(emptySchema(), plain.schema)).up)).sort());
  });

  test('a function body holding its dollar-quote tag, or ending where the tag begins, gets another tag', () => {
    for (const body of ['select 1 $function$ ; drop table victim; $function$', 'select 1; -- $function', '$function1$x$function', '']) {
      const quotedBody = dollarQuote(body);
      const stmts = statementKinds(`SELECT ${quotedBody};`);
      expect(stmts).toEqual(['SelectStmt']);
      const tag = /^\$[^$]*\$/.exec(quotedBody)![0];
      expect(quotedBody.slice(tag.length, quotedBody.length - tag.length)).toBe(body);
      expect(quotedBody.indexOf(tag, tag.length)).toBe(tag.length + body.length);
    }
  });

  test('storage parameters: names quoted part by part, values that are not plain words as strings', () => {
    expect(storageOption('fillfactor=70')).toBe('fillfactor=70');
    expect(storageOption('toast.autovacuum_enabled=false')).toBe('toast.autovacuum_enabled=false');
    expect(storageOption('security_barrier')).toBe('security_barrier');
    expect(storageOption('x); DROP TABLE victim; --=1')).toBe('"x); DROP TABLE victim; --"=1');
    expect(storageOption("a=1); DROP TABLE victim; --")).toBe("a='1); DROP TABLE victim; --'");
  });

  test('a fragment kept as text is printed only when it is self-contained', () => {
    for (const bad of ["''; DROP TABLE users; --", '1) NOT VALID', '(1', "'open", '1 -- comment', '1 /* x */', 'a; b', '"open', '$$open', '\\! rm -rf /']) {
      expect(() => sqlFragment(bad, 'the default of c'), bad).toThrow(SqlTextError);
    }
    for (const good of ["'a;b'", "E'it''s \\' -- no'", '$x$ ; -- $x$', '(a)::text', 'ARRAY[1, (2)]', '"semi;colon" > 0', 'f($1)']) {
      expect(sqlFragment(good, 'x')).toBe(good);
    }
    // A plain string holding a backslash becomes an E'' string: with standard_conforming_strings
    // off it would otherwise end at the escaped quote.
    expect(sqlFragment("'a\\'", 'x')).toBe("E'a\\\\'");
  });

  test('a view over a column whose name holds a line break keeps the name (the deparser indented it)', () => {
    const { schema } = importSql('CREATE TABLE t ("a\nb" int, "c\n  d" text);\nCREATE VIEW v AS SELECT "a\nb", \'x\ny\' AS "c\n  d" FROM t;');
    const query = schema.views['public.v']!.query;
    expect(query).toContain('"a\nb"');
    expect(query).toContain("'x\ny'");
    expect(query).toContain('"c\n  d"');
    expect(query).not.toContain('"a\n  b"');
  });

  test('a document default that closes its statement stops the planner with a message', () => {
    const from = importSql('CREATE TABLE public.users (id int PRIMARY KEY);').schema;
    const column = { name: 'c', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false, default: "''; DROP TABLE users; --" };
    expect(() => planMigration(from, [{ kind: 'add-column', table: { schema: 'public', name: 'users' }, column }])).toThrow(/not a self-contained SQL fragment/);
  });
});
