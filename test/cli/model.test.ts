/** `schemawise model`, run as a user runs it: the built CLI in a child process. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { summarize } from '../../src/core/model';
import { importSql, initParser } from '../../src/core/parse';
import { BIN, buildCli, CORPUS_DIR, runCli } from './harness';

const SUMMARY_KEYS = [
  'tables',
  'views',
  'materializedViews',
  'columns',
  'primaryKeys',
  'foreignKeys',
  'uniqueConstraints',
  'checks',
  'exclusions',
  'indexes',
  'partialIndexes',
  'triggers',
];

const SHOP = 'test/cli/fixtures/shop.sql';
const BROKEN = 'test/cli/fixtures/broken.sql';
const PAGILA = join(CORPUS_DIR, 'pagila.sql');

interface ModelJson {
  summary: Record<string, unknown>;
  issues: Record<string, unknown>[];
  schema: { tables: Record<string, { name: string; columns: { name: string }[] }>; views: Record<string, unknown> };
}

function parseJson(stdout: string): ModelJson {
  // Exactly one JSON value on stdout, nothing before or after it.
  return JSON.parse(stdout) as ModelJson;
}

beforeAll(() => {
  buildCli();
  return initParser();
});

describe('schemawise --help', () => {
  test('lists the commands', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Usage: schemawise <command>/);
    expect(stdout).toMatch(/^\s+model\s+\S/m);
  });

  test('<cmd> --help and help <cmd> show the command usage', () => {
    for (const args of [['model', '--help'], ['help', 'model'], ['model', '-h']]) {
      const { status, stdout } = runCli(args);
      expect(status, args.join(' ')).toBe(0);
      expect(stdout).toMatch(/Usage: schemawise model <file\.sql \| -> \[--json \| --format text\|json\|ddl\|mermaid\|dbml\]/);
      expect(stdout).toMatch(/--json/);
    }
  });

  test('no arguments: help on stderr, exit 2', () => {
    const { status, stdout, stderr } = runCli([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage: schemawise/);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('schemawise model --json', () => {
  test('prints one object with the exact summary keys, the issues and the model', () => {
    const { status, stdout, stderr } = runCli(['model', SHOP, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = parseJson(stdout);
    expect(Object.keys(out)).toEqual(['summary', 'issues', 'schema']);
    expect(Object.keys(out.summary).sort()).toEqual([...SUMMARY_KEYS].sort());
    for (const value of Object.values(out.summary)) expect(Number.isInteger(value)).toBe(true);
    expect(out.summary).toMatchObject({
      tables: 2,
      views: 1,
      columns: 7,
      primaryKeys: 2,
      foreignKeys: 1,
      uniqueConstraints: 1,
      checks: 1,
      indexes: 5,
      partialIndexes: 1,
    });
    expect(out.issues).toEqual([]);
    expect(Object.values(out.schema.tables).map((t) => t.name).sort()).toEqual(['customers', 'orders']);
    expect(Object.keys(out.schema.views)).toHaveLength(1);
  });

  test('a syntax error: exit 1, the rest of the file still modelled, issue at the right place', () => {
    const { status, stdout } = runCli(['model', BROKEN, '--json']);
    expect(status).toBe(1);
    const out = parseJson(stdout);
    expect(out.summary.tables).toBe(2);
    expect(out.summary.foreignKeys).toBe(1);
    expect(out.issues).toHaveLength(1);
    const [issue] = out.issues;
    expect(Object.keys(issue!).sort()).toEqual(['column', 'line', 'message', 'severity']);
    // Postgres points at the second comma of `PRIMARY KEY,,` (1-based column).
    const column = readFileSync(BROKEN, 'utf8').split('\n')[2]!.indexOf(',,') + 2;
    expect(issue).toMatchObject({ line: 3, column, severity: 'error' });
    expect(issue!.message).toMatch(/syntax error at or near ","/);
  });

  test('reads standard input with -', () => {
    const { status, stdout } = runCli(['model', '-', '--json'], { input: readFileSync(SHOP, 'utf8') });
    expect(status).toBe(0);
    expect(parseJson(stdout).summary.tables).toBe(2);
  });

  test('--strict-schemas: a schema the file never creates is an error, not assumed', () => {
    const input = 'SET search_path = app, public;\nCREATE TABLE t (a int);\nCREATE TABLE reports.r (a int);\n';
    const assumed = runCli(['model', '-', '--json'], { input });
    expect(assumed.status).toBe(0);
    const assumedOut = parseJson(assumed.stdout);
    expect(Object.keys(assumedOut.schema.tables)).toEqual(['app.t', 'reports.r']);
    expect(assumedOut.issues.map((i) => [i.line, i.severity])).toEqual([[2, 'warning'], [3, 'warning']]);
    const strict = runCli(['model', '-', '--json', '--strict-schemas'], { input });
    expect(strict.status).toBe(1);
    const strictOut = parseJson(strict.stdout);
    expect(Object.keys(strictOut.schema.tables)).toEqual(['public.t']);
    expect(strictOut.issues).toMatchObject([{ line: 3, severity: 'error', message: 'schema "reports" does not exist' }]);
  });

  test('pagila: the summary is what the core computes', () => {
    const { status, stdout } = runCli(['model', PAGILA, '--json']);
    const expected = importSql(readFileSync(PAGILA, 'utf8'));
    expect(status).toBe(expected.issues.some((i) => i.severity === 'error') ? 1 : 0);
    const out = parseJson(stdout);
    expect(out.summary).toEqual(summarize(expected.schema));
    expect(out.summary.tables).toBeGreaterThan(15);
    expect(out.issues).toHaveLength(expected.issues.length);
    expect(Object.keys(out.schema.tables)).toEqual(Object.keys(expected.schema.tables));
  });
});

describe('schemawise model (text)', () => {
  test('summary line, tables with columns and constraints, views', () => {
    const { status, stdout } = runCli(['model', SHOP]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      `${SHOP}: 2 tables, 1 views, 0 materialized views, 7 columns, 2 primary keys, 1 foreign keys, ` +
        '1 unique constraints, 1 checks, 0 exclusion constraints, 5 indexes, 1 partial indexes, 0 triggers',
    );
    expect(lines).toContain('public.orders');
    expect(lines).toContain('  customer_id bigint NOT NULL');
    expect(lines).toContain("  status text NOT NULL DEFAULT 'new'");
    expect(stdout).toMatch(/^ {2}id bigint NOT NULL GENERATED ALWAYS AS IDENTITY$/m);
    expect(stdout).toMatch(/^ {2}PRIMARY KEY orders_pkey \(id\)$/m);
    expect(stdout).toMatch(/^ {2}FOREIGN KEY orders_customer_id_fkey \(customer_id\) REFERENCES public\.customers \(id\) ON DELETE CASCADE$/m);
    expect(stdout).toMatch(/^ {2}UNIQUE customers_email_key \(email\)$/m);
    expect(stdout).toMatch(/^ {2}CHECK orders_status_check \(.*status.*\)$/m);
    expect(stdout).toMatch(/^ {2}INDEX orders_open_idx \(customer_id\) WHERE .*shipped.*$/m);
    expect(stdout).toMatch(/^view public\.open_orders {2}reads public\.orders$/m);
    expect(stdout.indexOf('public.customers')).toBeLessThan(stdout.indexOf('public.orders'));
    expect(stdout).not.toMatch(/Issues/);
  });

  test('issues as file:line:col severity message, after the model', () => {
    const { status, stdout } = runCli(['model', BROKEN]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^public\.c$/m);
    const last = stdout.trimEnd().split('\n').at(-1);
    const column = readFileSync(BROKEN, 'utf8').split('\n')[2]!.indexOf(',,') + 2;
    expect(last).toBe(`${BROKEN}:3:${column} error syntax error at or near ","`);
  });

  test('standard input is named <stdin>', () => {
    const { status, stdout } = runCli(['model', '-'], { input: 'CREATE TABLE t (id int);\nCREATE TABLE (;\n' });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^<stdin>: 1 tables,/);
    expect(stdout).toMatch(/^<stdin>:2:\d+ error /m);
  });

  test('pagila renders every table', () => {
    const { stdout } = runCli(['model', PAGILA]);
    const lines = new Set(stdout.split('\n').map((line) => line.replace(/ {2}\[.*\]$/, '')));
    const tables = Object.keys(importSql(readFileSync(PAGILA, 'utf8')).schema.tables);
    expect(tables.filter((key) => !lines.has(key))).toEqual([]);
    expect(lines).toContain('public.payment');
  });
});

describe('usage and I/O errors exit 2 with a message on stderr', () => {
  test('missing file', () => {
    const { status, stdout, stderr } = runCli(['model', 'test/cli/fixtures/no-such-file.sql']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^schemawise: model: cannot read test\/cli\/fixtures\/no-such-file\.sql: no such file$/m);
  });

  test('a directory with no .sql migrations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemawise-empty-'));
    try {
      const { status, stderr } = runCli(['model', dir]);
      expect(status).toBe(2);
      expect(stderr).toContain(`cannot read ${dir}: no .sql migration files in the folder`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['help', 'frobnicate'], /unknown command 'frobnicate'/],
    [['model', SHOP, '--jsno'], /model: Unknown option '--jsno'/],
    [['model'], /model: expected a SQL file, or - to read standard input/],
    [['model', SHOP, SHOP], /model: expected one SQL file, got 2/],
  ])('%j', (args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('bin/schemawise.js without a build', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('says to run npm run build:cli', () => {
    dir = mkdtempSync(join(tmpdir(), 'schemawise-bin-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'schemawise.js'));
    const { status, stderr } = runCli(['--help'], { bin: join(dir, 'bin', 'schemawise.js') });
    expect(status).toBe(2);
    expect(stderr).toMatch(/run npm run build:cli/);
  });
});

describe('schemawise model --format ddl|mermaid|dbml', () => {
  test('each prints what the core prints; the DDL reads back to the same schema', () => {
    const expected = importSql(readFileSync(SHOP, 'utf8'));
    const ddl = runCli(['model', SHOP, '--format', 'ddl']);
    expect(ddl.status).toBe(0);
    expect(summarize(importSql(ddl.stdout).schema)).toEqual(summarize(expected.schema));
    const mermaid = runCli(['model', SHOP, '--format', 'mermaid']).stdout;
    expect(mermaid).toMatch(/^erDiagram\n {4}customers \{/);
    expect(mermaid).toContain('customers ||--o{ orders');
    expect(runCli(['model', SHOP, '--format', 'dbml']).stdout).toMatch(/^Table public\.customers \{/m);
  });

  test('a syntax error goes to standard error with its place; an unknown format exits 2', () => {
    const broken = runCli(['model', BROKEN, '--format', 'dbml']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.sql:3:\d+: error: syntax error/);
    const unknown = runCli(['model', SHOP, '--format', 'plantuml']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('mermaid');
  });
});

describe('schemawise model <folder>', () => {
  test('reads a migration folder in migration order; a syntax error is reported in its own file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemawise-folder-'));
    try {
      mkdirSync(join(dir, 'migrations'));
      writeFileSync(join(dir, 'migrations', 'V10__fk.sql'), 'ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);\n');
      writeFileSync(join(dir, 'migrations', 'V2__orders.sql'), 'CREATE TABLE orders (id int PRIMARY KEY, customer_id int);\n');
      writeFileSync(join(dir, 'migrations', 'V1__customers.sql'), 'CREATE TABLE customers (id int PRIMARY KEY);\n');
      writeFileSync(join(dir, 'migrations', 'V2__orders.down.sql'), 'DROP TABLE orders;\n');
      const ok = runCli(['model', join(dir, 'migrations'), '--json']);
      expect(ok.status).toBe(0);
      expect((JSON.parse(ok.stdout) as ModelJson).summary).toMatchObject({ tables: 2, foreignKeys: 1 });
      writeFileSync(join(dir, 'migrations', 'V3__broken.sql'), '-- a comment\nCREATE TABLE x (a int;\n');
      const broken = runCli(['model', join(dir, 'migrations'), '--format', 'ddl']);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/migrations[\\/]V3__broken\.sql:2:\d+: error: syntax error/);
      const json = JSON.parse(runCli(['model', join(dir, 'migrations'), '--json']).stdout) as { issues: { file?: string; line: number }[] };
      expect(json.issues.find((i) => i.file)).toMatchObject({ file: join(dir, 'migrations', 'V3__broken.sql'), line: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

