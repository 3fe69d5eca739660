/**
 * How `diff` (and `apply`) hand a migration plan over: one psql script on standard output, or the
 * files of a migration tool (src/core/export), printed, written under a directory, or zipped.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { exportMigration, MIGRATION_FORMATS, type ExportedFile, type MigrationFormat, zipFiles } from '../core/export';
import { DEFAULT_PG_VERSION, parsePgVersion, PG_VERSIONS, planToSql, refusals, type MigrationPlan, type PgVersion } from '../core/sql';
import { commentText } from '../core/sql/safe-text';
import type { OptionSpecs, ParsedArgs } from './command';
import { UsageError, writeErr, writeOut } from './io';

export const MIGRATION_OUTPUT_OPTIONS: OptionSpecs = {
  'pg-version': { type: 'string' },
  down: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  name: { type: 'string' },
  'lock-timeout': { type: 'string' },
  'statement-timeout': { type: 'string' },
};

export const MIGRATION_OUTPUT_HELP = `  --down                print the down migration instead (single script only: the tool
                        formats write their down files themselves)
  --format <format>     files for a migration tool: ${MIGRATION_FORMATS.map((f) => f.id).join(', ')}
  --out <dir | file.zip>
                        write the files under this directory (created if missing), or into a
                        zip archive when the name ends in .zip; without it they are printed,
                        each under a "==> path <==" line
  --name <name>         the migration's name in file names (default: schema_change)
  --pg-version <n>      the Postgres major version the migration runs on, ${PG_VERSIONS[0]}-${PG_VERSIONS[PG_VERSIONS.length - 1]} (default
                        ${DEFAULT_PG_VERSION}): only syntax that version has is written, and changes it cannot
                        make are refused, saying what to do instead
  --lock-timeout <t>    how long a transactional step waits for a lock (default 5s)
  --statement-timeout <t>
                        how long a transactional step may run (default 15min)`;

/** Postgres interval-style durations as lock_timeout accepts them: `5s`, `500ms`, `2min`, `0`. */
const DURATION = /^\d+\s*(us|ms|s|min|h|d)?$/;

function duration(values: ParsedArgs['values'], option: string): string | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DURATION.test(value.trim())) {
    throw new UsageError(`--${option} expects a duration such as 5s, 500ms or 2min, not ${String(value)}`);
  }
  return value.trim();
}

function format(values: ParsedArgs['values']): MigrationFormat | undefined {
  const value = values.format;
  if (value === undefined) return undefined;
  const known = MIGRATION_FORMATS.find((f) => f.id === value);
  if (!known) throw new UsageError(`unknown format ${String(value)}; choose one of: ${MIGRATION_FORMATS.map((f) => f.id).join(', ')}`);
  return known.id;
}

/** `--pg-version`, checked: one of the versions the planner knows. */
export function pgVersionOption(values: ParsedArgs['values']): PgVersion {
  const value = values['pg-version'];
  if (value === undefined) return DEFAULT_PG_VERSION;
  const version = parsePgVersion(value);
  if (version === undefined) throw new UsageError(`--pg-version expects one of ${PG_VERSIONS.join(', ')}, not ${String(value)}`);
  return version;
}

/** Checks the options before any work is done, so a typo costs nothing. */
export function checkMigrationOutput(values: ParsedArgs['values']): void {
  format(values);
  pgVersionOption(values);
  duration(values, 'lock-timeout');
  duration(values, 'statement-timeout');
  if (values.down && (values.format !== undefined || values.out !== undefined)) {
    throw new UsageError('--down prints one script; with --format or --out the down files are written beside the up files');
  }
}

async function writeFiles(files: ExportedFile[], out: string): Promise<void> {
  try {
    if (out.toLowerCase().endsWith('.zip')) {
      await mkdir(dirname(resolve(out)), { recursive: true });
      await writeFile(out, zipFiles(files));
      return;
    }
    for (const file of files) {
      const path = join(out, ...file.path.split('/')); // bounded: the parts of one file path
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

export async function writeMigration(plan: MigrationPlan, values: ParsedArgs['values']): Promise<void> {
  const timeouts = { lockTimeout: duration(values, 'lock-timeout'), statementTimeout: duration(values, 'statement-timeout') };
  const chosen = format(values) ?? (values.out !== undefined ? 'sql' : undefined);
  if (chosen === undefined) {
    await writeOut(planToSql(values.down ? plan.down : plan.up, timeouts));
  } else {
    const name = typeof values.name === 'string' && values.name.trim() !== '' ? values.name : 'schema_change';
    const { files } = exportMigration(plan, chosen, { name, ...timeouts });
    if (typeof values.out === 'string') {
      await writeFiles(files, values.out);
      await writeErr(files.length === 0 ? 'no changes: nothing written\n' : `wrote ${files.length} file(s) to ${values.out}:\n${files.map((f) => `  ${f.path}\n`).join('')}`);
    } else {
      await writeOut(files.map((f) => `==> ${f.path} <==\n${f.content}${f.content.endsWith('\n') ? '' : '\n'}`).join('\n'));
    }
  }
  if (plan.notes.length > 0) await writeErr(plan.notes.map((n) => `note: ${commentText(n)}\n`).join(''));
}

/** Refused changes make the command fail: the script leaves them out, and the user must act. */
export function refusedAny(plan: MigrationPlan): boolean {
  return refusals(plan).length > 0;
}
