/**
 * Where the tests and benchmarks find the real-world corpus: test/corpus/ in this repository
 * (copied from the shared corpus; test/corpus/SOURCES.md gives each file's origin, commit and
 * licence), and test/support/catalog-counts.sql, the definition of how the model's object counts are checked
 * against Postgres's catalog. SCHEMAWISE_CORPUS points the tests at another folder of .sql files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFolder } from '../../src/cli/io';

export const CORPUS_DIR = process.env.SCHEMAWISE_CORPUS ?? fileURLToPath(new URL('../corpus/', import.meta.url));

export const CATALOG_COUNTS_SQL = readFileSync(fileURLToPath(new URL('./catalog-counts.sql', import.meta.url)), 'utf8');

/** The text of one corpus file, by file name (`pagila.sql`). */
export function corpusFile(name: string): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}

/** The corpus's entries: `.sql` files and migration folders (`conductor/`), in name order. */
export function corpusEntries(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => (e.isFile() && e.name.endsWith('.sql')) || e.isDirectory())
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
}

/**
 * The text of a corpus entry: a file as it is, a migration folder as the CLI reads one (its up
 * scripts in migration order, read by the CLI's readMigrationFolder).
 */
export function corpusText(entry: string): string {
  const path = join(CORPUS_DIR, entry);
  return statSync(path).isDirectory() ? readMigrationFolder(path).text : readFileSync(path, 'utf8');
}

/**
 * What a migration tool sets up before it runs a folder, for folders that rely on it (the same
 * text is put before the folder's scripts on both sides, so the comparison stays exact).
 */
export const CORPUS_SESSIONS: Record<string, { reason: string; sql: string }> = {
  'conductor/': {
    reason:
      "Flyway runs Conductor's migrations as the role conductor with the connection's search_path set to its schema (flyway.schemas=conductor); V2 on name the tables unqualified",
    sql: 'CREATE ROLE conductor;\nSET search_path TO conductor;\n',
  },
  'chirpstack-initial.sql': {
    reason:
      "ChirpStack's setup creates pg_trgm in its database before the first start (the repository's .docker-compose/postgresql/initdb/0002-chirpstack_extensions.sh: create extension pg_trgm); the migration's gin_trgm_ops indexes rely on it",
    sql: 'CREATE EXTENSION pg_trgm;\n',
  },
  'trafficops-tables.sql': {
    reason:
      "a pg_dump taken with owners (no --no-owner): every table, sequence and the schema's ACL name the developer's role jheitz200, which the dump assumes exists (pg_dump never creates roles)",
    sql: 'CREATE ROLE jheitz200;\n',
  },
  'mattermost-6.0.sql': {
    reason:
      "a pg_dump taken with owners (no --no-owner): every table is ALTERed to OWNER TO mmuser, the role Mattermost's docker setup connects as, which the dump assumes exists (pg_dump never creates roles)",
    sql: 'CREATE ROLE mmuser;\n',
  },
  'nhost-auth-dump.sql': {
    reason:
      "a pg_dump of the auth schema alone (-n auth): the roles it assigns ownership to and the extensions it names in public (citext for the email domain, pgcrypto's public.gen_random_uuid()) are the rest of the Nhost database's",
    sql: 'CREATE ROLE nhost_admin;\nCREATE ROLE nhost_auth_admin;\nCREATE ROLE nhost_hasura;\nCREATE EXTENSION citext WITH SCHEMA public;\nCREATE EXTENSION pgcrypto WITH SCHEMA public;\n',
  },
};
