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
