/**
 * A real PostgreSQL server (Debian's postgresql-15) for the tests that must hold on more than
 * PGlite: one cluster for the whole vitest run, started by the first test that asks for it, on a
 * Unix socket in a temporary directory (no TCP port), fsync off; stopped by the global teardown
 * (test/support/postgres-global-setup.ts). Every caller gets a fresh database of its own, dropped
 * when it is closed.
 *
 * Test files run in several worker processes: the first to call `postgresServer()` creates a
 * lock directory and starts the cluster; the others wait for its `ready` file.
 *
 * initdb and postgres refuse to run as root: as root (CI), they run as the `postgres` user
 * through runuser, in a directory handed over to it.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseFactory, SqlSession } from '../../src/core/verify';
import { asServerUser, POSTGRES_BIN, postgresInstalled } from './postgres-server-bin';

export { POSTGRES_BIN, POSTGRES_VERSION, postgresInstalled } from './postgres-server-bin';

function postgresUid(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function waitFor(path: string, failed: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (existsSync(failed)) throw new Error(`the test Postgres server did not start: ${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`the test Postgres server did not start within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function start(root: string): void {
  const data = join(root, 'data');
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUid();
    chownSync(root, uid, gid);
  }
  asServerUser('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // A test server: nothing here needs to survive a crash, so nothing waits for the disk.
  const options = [`-k ${root}`, "-c listen_addresses=''", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=40'].join(' ');
  asServerUser('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'server.log'), '-w', 'start']);
}

let started: Promise<string> | undefined;

/** The socket directory of the shared server, started on first use. */
export function postgresServer(): Promise<string> {
  started ??= (async () => {
    if (!postgresInstalled()) throw new Error(`PostgreSQL is not installed at ${POSTGRES_BIN} (apt-get install postgresql-15, or set POSTGRES_BIN)`);
    const root = inject('postgresRoot');
    const ready = join(root, 'ready');
    const failed = join(root, 'failed');
    try {
      mkdirSync(join(root, 'lock'));
    } catch {
      await waitFor(ready, failed, 120_000);
      return root;
    }
    try {
      start(root);
      writeFileSync(ready, '');
    } catch (error) {
      const message = `${(error as Error).message}\n${(error as { stderr?: Buffer }).stderr?.toString() ?? ''}`;
      writeFileSync(failed, message);
      throw new Error(`the test Postgres server did not start: ${message}`);
    }
    return root;
  })();
  return started;
}

function connect(host: string, database: string): Promise<pg.Client> {
  const client = new pg.Client({ host, database, user: 'postgres' });
  return client.connect().then(() => client);
}

let admin: Promise<pg.Client> | undefined;
let counter = 0;

/** A session on a new, empty database of the shared server; closing it drops the database. */
export function freshPostgresDatabase(): Promise<SqlSession> {
  return postgresDatabaseFrom('template0');
}

/**
 * A session on a new database copied from `template` (a database no one is connected to, such
 * as one made by `postgresTemplate`); closing it drops the copy.
 */
export async function postgresDatabaseFrom(template: string): Promise<SqlSession> {
  const host = await postgresServer();
  admin ??= connect(host, 'postgres');
  const name = `t_${process.pid}_${++counter}`;
  // FILE_COPY copies the template's files instead of WAL-logging every block: much faster.
  await (await admin).query(`CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY`);
  const client = await connect(host, name);
  // A notice (e.g. "table does not exist, skipping") must not reach the test output.
  client.on('notice', () => undefined);
  return {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string) => ({ rows: (await client.query(sql)).rows as T[] }),
    async close() {
      await client.end();
      await (await admin!).query(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

export const postgresDatabase: DatabaseFactory = freshPostgresDatabase;

/**
 * A database built once by `build` and kept (until the server stops) as a template for
 * `postgresDatabaseFrom`: a corpus baseline loaded once, copied for every migration checked on it.
 */
export async function postgresTemplate(build: (session: SqlSession) => Promise<void>): Promise<string> {
  const host = await postgresServer();
  admin ??= connect(host, 'postgres');
  const name = `template_${process.pid}_${++counter}`;
  await (await admin).query(`CREATE DATABASE ${name} TEMPLATE template0 STRATEGY FILE_COPY`);
  const client = await connect(host, name);
  client.on('notice', () => undefined);
  try {
    await build({ exec: (sql) => client.query(sql), query: async <T>(sql: string) => ({ rows: (await client.query(sql)).rows as T[] }), close: async () => undefined });
  } finally {
    await client.end();
  }
  return name;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresRoot: string;
  }
}
