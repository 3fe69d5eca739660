/**
 * Vitest global setup: a temporary directory for the shared Postgres server of this run
 * (test/support/postgres-server.ts starts it there on first use), and its shutdown at the end.
 * Nothing is started here, so runs that never touch the server pay nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { asServerUser } from './postgres-server-bin';

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'schemawise-pg-'));
  project.provide('postgresRoot', root);
  return () => {
    if (existsSync(join(root, 'data', 'postmaster.pid'))) {
      try {
        asServerUser('pg_ctl', ['-D', join(root, 'data'), '-m', 'immediate', 'stop']);
      } catch {
        // already gone
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
}
