/**
 * How each migration tool executes the exported files, as the tools document it (see the headers
 * of src/core/export/formats/*): the files in the order the tool applies them, cut into execution
 * units, each run either inside a transaction the tool opens or not, and sent either as one query
 * string or statement by statement.
 */
import type { PGlite } from '@electric-sql/pglite';
import { splitStatements } from '../../../src/core/parse';
import type { ExportedFile, MigrationFormat } from '../../../src/core/export';

export interface Unit {
  /** File (and section/changeset) the unit comes from. */
  label: string;
  sql: string;
  /** The tool opens a transaction around the unit. */
  wrap: boolean;
  /** The tool sends the statements one at a time (psql, Flyway, Liquibase); else the text is one query string. */
  split: boolean;
  /** Liquibase `--rollback empty`: nothing runs. */
  empty?: boolean;
}

export interface ToolRun {
  up: Unit[];
  /** In the order a full rollback runs them (last migration first). */
  down: Unit[];
}

function file(files: ExportedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`missing ${path}`);
  return found.content;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._]/).map(BigInt);
  const pb = b.split(/[._]/).map(BigInt);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1n;
    const y = pb[i] ?? -1n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function flyway(files: ExportedFile[]): ToolRun {
  const versioned = files.filter((f) => /^V[^/]*\.sql$/.test(f.path));
  const version = (path: string): string => /^[VU]([\d._]+?)__/.exec(path)![1]!;
  versioned.sort((a, b) => compareVersions(version(a.path), version(b.path)));
  const unit = (f: ExportedFile): Unit => {
    const conf = files.find((c) => c.path === `${f.path}.conf`);
    return { label: f.path, sql: f.content, wrap: !conf || !/^executeInTransaction=false$/m.test(conf.content), split: true };
  };
  const up = versioned.map(unit);
  const down = [...versioned].reverse().map((f) => unit({ path: `U${f.path.slice(1)}`, content: file(files, `U${f.path.slice(1)}`) }));
  return { up, down };
}

function golangMigrate(files: ExportedFile[]): ToolRun {
  const ups = files.filter((f) => f.path.endsWith('.up.sql'));
  ups.sort((a, b) => compareVersions(/^(\d+)_/.exec(a.path)![1]!, /^(\d+)_/.exec(b.path)![1]!));
  const up = ups.map((f) => ({ label: f.path, sql: f.content, wrap: false, split: false }));
  const down = [...ups].reverse().map((f) => {
    const path = f.path.replace(/\.up\.sql$/, '.down.sql');
    return { label: path, sql: file(files, path), wrap: false, split: false };
  });
  return { up, down };
}

/** dbmate's sections: `-- migrate:up [transaction:false]` ... `-- migrate:down [transaction:false]` .... */
export function dbmateSections(content: string): { up: string; upTx: boolean; down: string; downTx: boolean } {
  const m = /^-- migrate:up( transaction:false)?\n([\s\S]*?)^-- migrate:down( transaction:false)?\n([\s\S]*)$/m.exec(content);
  if (!m) throw new Error('not a dbmate migration');
  return { up: m[2]!, upTx: !m[1], down: m[4]!, downTx: !m[3] };
}

function dbmate(files: ExportedFile[]): ToolRun {
  const sorted = [...files].sort((a, b) => compareVersions(/^(\d+)_/.exec(a.path)![1]!, /^(\d+)_/.exec(b.path)![1]!));
  const up = sorted.map((f) => {
    const s = dbmateSections(f.content);
    return { label: `${f.path} up`, sql: s.up, wrap: s.upTx, split: false };
  });
  const down = [...sorted].reverse().map((f) => {
    const s = dbmateSections(f.content);
    return { label: `${f.path} down`, sql: s.down, wrap: s.downTx, split: false };
  });
  return { up, down };
}

export function sqitchChanges(files: ExportedFile[]): string[] {
  return file(files, 'sqitch.plan')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('%') && !line.startsWith('#'))
    .map((line) => line.split(' ')[0]!);
}

function sqitch(files: ExportedFile[]): ToolRun {
  const changes = sqitchChanges(files);
  const up = changes.map((c) => ({ label: `deploy/${c}.sql`, sql: file(files, `deploy/${c}.sql`), wrap: false, split: true }));
  const down = [...changes].reverse().map((c) => ({ label: `revert/${c}.sql`, sql: file(files, `revert/${c}.sql`), wrap: false, split: true }));
  return { up, down };
}

export interface Changeset {
  header: string;
  attributes: Record<string, string>;
  body: string;
  rollback: string;
}

/** The changesets of a formatted SQL changelog, read the way Liquibase's parser reads them. */
export function liquibaseChangesets(content: string): Changeset[] {
  const out: Changeset[] = [];
  let current: { header: string; body: string[]; rollback: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const attributes = Object.fromEntries(current.header.split(/\s+/).slice(2).map((a) => a.split(':') as [string, string]));
    out.push({ header: current.header, attributes, body: current.body.join('\n'), rollback: current.rollback.join('\n') });
  };
  for (const line of content.split('\n')) {
    if (/^--changeset\s/.test(line)) {
      flush();
      current = { header: line, body: [], rollback: [] };
    } else if (current && /^\s*--[\s]*rollback (.*)$/i.test(line)) {
      current.rollback.push(/^\s*--[\s]*rollback (.*)$/i.exec(line)![1]!);
    } else if (current && !/^--comment: /.test(line)) {
      current.body.push(line);
    }
  }
  flush();
  return out;
}

function liquibase(files: ExportedFile[]): ToolRun {
  const changesets = liquibaseChangesets(files[0]!.content);
  const up = changesets.map((c) => ({ label: c.header, sql: c.body, wrap: c.attributes.runInTransaction !== 'false', split: c.attributes.splitStatements !== 'false' }));
  const down = [...changesets].reverse().map((c) => ({
    label: `${c.header} rollback`,
    sql: c.rollback,
    wrap: c.attributes.runInTransaction !== 'false',
    split: c.attributes.rollbackSplitStatements !== 'false',
    empty: /^empty\b/i.test(c.rollback.trim()),
  }));
  return { up, down };
}

function prisma(files: ExportedFile[]): ToolRun {
  const dirs = files.filter((f) => f.path.endsWith('/migration.sql')).map((f) => f.path.slice(0, -'/migration.sql'.length)).sort();
  const up = dirs.map((d) => ({ label: `${d}/migration.sql`, sql: file(files, `${d}/migration.sql`), wrap: false, split: false }));
  const down = [...dirs].reverse().map((d) => ({ label: `${d}/down.sql`, sql: file(files, `${d}/down.sql`), wrap: false, split: false }));
  return { up, down };
}

function plainSql(files: ExportedFile[]): ToolRun {
  const up = files.find((f) => f.path.endsWith('.up.sql'))!;
  const down = files.find((f) => f.path.endsWith('.down.sql'))!;
  return { up: [{ label: up.path, sql: up.content, wrap: false, split: true }], down: [{ label: down.path, sql: down.content, wrap: false, split: true }] };
}

export function toolRun(format: MigrationFormat, files: ExportedFile[]): ToolRun {
  switch (format) {
    case 'sql':
      return plainSql(files);
    case 'flyway':
      return flyway(files);
    case 'golang-migrate':
      return golangMigrate(files);
    case 'dbmate':
      return dbmate(files);
    case 'sqitch':
      return sqitch(files);
    case 'liquibase':
      return liquibase(files);
    case 'prisma':
      return prisma(files);
  }
}

/** The statements of a unit, comments dropped. */
export function unitStatements(sql: string): string[] {
  return splitStatements(sql)
    .statements.map((s) => s.text.replace(/^\s*--[^\n]*\n/gm, '').trim())
    .filter((t) => t !== '');
}

/** Runs the units as the tool would; returns the first failure, or undefined. */
export async function runUnits(db: PGlite, units: Unit[]): Promise<string | undefined> {
  for (const unit of units) {
    if (unit.empty) continue;
    try {
      if (unit.wrap) await db.exec('BEGIN');
      if (unit.split) {
        for (const statement of unitStatements(unit.sql)) await db.exec(statement);
      } else {
        await db.exec(unit.sql);
      }
      if (unit.wrap) await db.exec('COMMIT');
    } catch (error) {
      await db.exec('ROLLBACK').catch(() => undefined);
      return `${unit.label}: ${(error as Error).message}`;
    }
  }
  return undefined;
}
