/** Where the test Postgres server's programs are, and how to run them (shared by setup and tests). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian installs the server; POSTGRES_BIN points elsewhere (another version's bin). */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** The server's major version, as the planner's `pgVersion` takes it. */
export const POSTGRES_VERSION = Number(/\/(\d+)\/bin\/?$/.exec(POSTGRES_BIN)?.[1] ?? 15);

export function postgresInstalled(): boolean {
  return existsSync(join(POSTGRES_BIN, 'postgres'));
}

/** initdb, pg_ctl and postgres refuse to run as root: as root they run as the `postgres` user. */
export function asServerUser(program: string, args: string[]): void {
  const command = join(POSTGRES_BIN, program);
  const [file, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}
