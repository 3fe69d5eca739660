/**
 * Databases for verifications that are run again and again on the same baseline (the app's
 * "Verify on Postgres"): PGlite kept warm between runs instead of started twice per run.
 *
 * - The baseline is run once: its data directory is dumped (PGlite's `dumpDataDir`, what its
 *   `clone()` does) with what running it gave and its catalog; each later run starts a copy from
 *   the dump (no initdb, no baseline replay), and a copy for the next run is made in advance
 *   (`prepare`), so a repeated verification starts at once.
 * - An empty database (after initdb) is dumped too, per set of extensions: the target database
 *   starts from it. What building the target gave is kept by its script, so verifying the same
 *   design again does not build it again.
 * - Session settings the baseline made (SET check_function_bodies, client_min_messages, ...)
 *   live in the connection, not in the data directory: they are read after the baseline and set
 *   again on each copy, so the migration runs as it would have right after the baseline.
 *
 * The results are those of fresh databases (test/core/verify/warm-session.test.ts compares them).
 */
import type { PGlite } from '@electric-sql/pglite';
import type { CatalogSnapshot } from './catalog/snapshot';
import { databaseFrom, emptyDatabase, loadExtensions } from './pglite';
import type { ProgressListener, StatementResult } from './run-script';
import { type BaselineDatabase, baselineOn, type BuiltDatabase, buildOn, type VerifyDatabases } from './verify';

interface Extensions {
  key: string;
  extensions: Record<string, unknown>;
}

/** A baseline run once, kept as a dumped data directory. */
interface KeptBaseline {
  sql: string;
  results: StatementResult[];
  before: CatalogSnapshot;
  /** Roles the baseline's first run created (they are in the dumped data directory). */
  roles: string[];
  settings: { name: string; setting: string }[];
  dataDir: Blob;
}

/** Databases built from a script (targets) kept, by their script: the last few designs verified. */
const BUILT_KEPT = 4;

async function sessionSettings(db: PGlite): Promise<KeptBaseline['settings']> {
  const { rows } = await db.query<{ name: string; setting: string }>(`SELECT name, setting FROM pg_settings WHERE source = 'session'`);
  return rows;
}

async function restoreSettings(db: PGlite, settings: KeptBaseline['settings']): Promise<void> {
  for (const { name, setting } of settings) {
    // A setting the new connection cannot take (there is none today) is left at its default.
    await db.query('SELECT set_config($1, $2, false)', [name, setting]).catch(() => undefined);
  }
}

export class VerifySession implements VerifyDatabases {
  /** An empty database's data directory, by extension set. */
  private readonly emptyDirs = new Map<string, Promise<Blob>>();
  private kept: { sql: string; baseline: Promise<KeptBaseline> } | undefined;
  /** A copy of the kept baseline ready for the next run (made with these extensions). */
  private spare: { sql: string; extensions: string; db: Promise<PGlite> } | undefined;
  private readonly built = new Map<string, BuiltDatabase>();

  async baseline(baselineSql: string, scripts: string[], progress: ProgressListener): Promise<BaselineDatabase> {
    const extensions = await loadExtensions(scripts);
    const spare = this.takeSpare(baselineSql, extensions.key);
    if (spare && this.kept?.sql === baselineSql) {
      const kept = await this.kept.baseline;
      const db = await spare;
      progress({ phase: 'baseline', done: kept.results.length, total: kept.results.length });
      return { db, results: kept.results, before: kept.before, roles: kept.roles };
    }
    if (this.kept?.sql === baselineSql) {
      const kept = await this.kept.baseline.catch(() => undefined);
      if (kept) {
        const db = await this.copyOf(kept, extensions);
        progress({ phase: 'baseline', done: kept.results.length, total: kept.results.length });
        return { db, results: kept.results, before: kept.before, roles: kept.roles };
      }
    }
    return this.runBaseline(baselineSql, extensions, progress);
  }

  async build(sql: string, scripts: string[], progress: ProgressListener): Promise<BuiltDatabase> {
    const extensions = await loadExtensions(scripts);
    const key = `${extensions.key}\n${sql}`;
    const known = this.built.get(key);
    if (known) {
      // Most recently used last.
      this.built.delete(key);
      this.built.set(key, known);
      return known;
    }
    const db = await this.emptyDatabase(extensions);
    try {
      const built = await buildOn(db, sql, progress);
      this.built.set(key, built);
      for (const old of this.built.keys()) if (this.built.size > BUILT_KEPT) this.built.delete(old);
      return built;
    } finally {
      await db.close();
    }
  }

  /**
   * Gets the next run on `baselineSql` ready: the baseline run and kept, and a copy of it started.
   * Call it when the user is likely to verify (after a run, on the way to the button).
   */
  async prepare(baselineSql: string, scripts: string[]): Promise<void> {
    const extensions = await loadExtensions(scripts);
    if (this.spare?.sql === baselineSql && this.spare.extensions === extensions.key) return;
    if (this.kept?.sql !== baselineSql) {
      // The database the baseline is run on becomes the spare.
      const built = this.runBaseline(baselineSql, extensions, () => undefined);
      this.replaceSpare({ sql: baselineSql, extensions: extensions.key, db: built.then((b) => b.db) });
      await built.catch(() => undefined);
      return;
    }
    const kept = await this.kept.baseline.catch(() => undefined);
    if (!kept || this.kept?.sql !== baselineSql) return;
    this.replaceSpare({ sql: baselineSql, extensions: extensions.key, db: this.copyOf(kept, extensions) });
  }

  /** Closes every database kept. */
  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) await spare.db.then((db) => db.close()).catch(() => undefined);
  }

  private takeSpare(sql: string, extensions: string): Promise<PGlite> | undefined {
    const spare = this.spare;
    this.spare = undefined;
    if (!spare) return undefined;
    if (spare.sql === sql && spare.extensions === extensions) return spare.db;
    void spare.db.then((db) => db.close()).catch(() => undefined);
    return undefined;
  }

  private replaceSpare(next: NonNullable<VerifySession['spare']>): void {
    const old = this.spare;
    if (old) void old.db.then((db) => db.close()).catch(() => undefined);
    this.spare = next;
    // A copy that could not be made is simply not there for the next run.
    next.db.catch(() => {
      if (this.spare === next) this.spare = undefined;
    });
  }

  /** Runs the baseline on an empty database, keeps it dumped, and hands the database over. */
  private runBaseline(sql: string, extensions: Extensions, progress: ProgressListener): Promise<BaselineDatabase & { db: PGlite }> {
    const run = (async () => {
      const db = await this.emptyDatabase(extensions);
      try {
        const { results, before, roles } = await baselineOn(db, sql, progress);
        const settings = await sessionSettings(db);
        const dataDir = await db.dumpDataDir('none');
        return { db, kept: { sql, results, before, roles, settings, dataDir } };
      } catch (error) {
        await db.close();
        throw error;
      }
    })();
    const baseline = run.then(({ kept }) => kept);
    this.kept = { sql, baseline };
    baseline.catch(() => {
      if (this.kept?.baseline === baseline) this.kept = undefined;
    });
    return run.then(({ db, kept }) => ({ db, results: kept.results, before: kept.before, roles: kept.roles }));
  }

  private async copyOf(kept: KeptBaseline, extensions: Extensions): Promise<PGlite> {
    const db = await databaseFrom(kept.dataDir, extensions.extensions);
    await restoreSettings(db, kept.settings);
    return db;
  }

  /** An empty database: from the dumped one of this extension set, or new (and then dumped). */
  private async emptyDatabase(extensions: Extensions): Promise<PGlite> {
    const dumped = this.emptyDirs.get(extensions.key);
    if (dumped) {
      const dataDir = await dumped.catch(() => undefined);
      if (dataDir) return databaseFrom(dataDir, extensions.extensions);
    }
    const db = await emptyDatabase(extensions.extensions);
    const dataDir = db.dumpDataDir('none');
    this.emptyDirs.set(extensions.key, dataDir);
    dataDir.catch(() => this.emptyDirs.delete(extensions.key));
    await dataDir.catch(() => undefined);
    return db;
  }
}
