/** The CLI's only contact with the file system and the standard streams. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ParseIssue } from '../core/parse';
import { isUpMigration, joinMigrations, locateJoinedLine, type JoinedMigrations, type MigrationFile } from '../core/parse/migration-folder';

/** A mistake in how the CLI was called or a file it could not read: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Input {
  /** The name to show in messages: the path as given, or `<stdin>` for `-`. */
  name: string;
  text: string;
  /** For a folder read as one script: the file and line a line of `text` comes from. */
  locate?: (line: number) => { name: string; line: number };
}

/**
 * Reads a file, or standard input when `path` is `-`, as UTF-8 (a leading BOM is dropped). A
 * folder is read as a migration folder: its up scripts, in migration order, as one script.
 */
export async function readInput(path: string): Promise<Input> {
  if (path === '-') return { name: '<stdin>', text: stripBom(await readStdin()) };
  try {
    if (statSync(path).isDirectory()) {
      const joined = readMigrationFolder(path);
      if (joined.parts.length === 0) throw new UsageError(`cannot read ${path}: no .sql migration files in the folder`);
      return {
        name: path,
        text: joined.text,
        locate: (line) => {
          const at = locateJoinedLine(joined, line);
          return at ? { name: join(path, at.path), line: at.line } : { name: path, line };
        },
      };
    }
    return { name: path, text: stripBom(await readFile(path, 'utf8')) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** A folder of migrations as one script (see core/parse/migration-folder.ts); subfolders included. */
export function readMigrationFolder(dir: string): JoinedMigrations {
  const files: MigrationFile[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const path = relative(dir, full).split(sep).join('/');
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isUpMigration(path)) files.push({ path, text: stripBom(readFileSync(full, 'utf8')) });
    }
  };
  walk(dir);
  return joinMigrations(files);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Writes to standard output and resolves once the data is handed to the OS (no lost tail on exit). */
export function writeOut(text: string): Promise<void> {
  return write(process.stdout, text);
}

export function writeErr(text: string): Promise<void> {
  return write(process.stderr, text);
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

/** `schemawise model big.sql | head` closes the pipe early: stop quietly instead of crashing. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** What a CLI user is shown of an import: its errors and warnings (an info note says how the file was read, not that something went wrong). */
export function importProblems<T extends Pick<ParseIssue, 'line' | 'column' | 'severity'>>(issues: readonly T[]): T[] {
  return issues.filter((issue) => issue.severity !== 'info').sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where a line of an input is: the file (a migration folder's own file) and the line in it. */
export function locate(input: Pick<Input, 'name' | 'locate'>, line: number): { name: string; line: number } {
  return input.locate?.(line) ?? { name: input.name, line };
}

/**
 * Reports a file's import errors and warnings on standard error as `file:line:column: severity:
 * message` (the form editors and CI annotate), in file order, and says whether there were errors.
 * What was read is still used.
 */
export async function reportImportIssues(
  input: Pick<Input, 'name' | 'locate'>,
  issues: readonly Pick<ParseIssue, 'line' | 'column' | 'severity' | 'message'>[],
): Promise<boolean> {
  const shown = importProblems(issues);
  await writeErr(
    shown
      .map((issue) => {
        const at = locate(input, issue.line);
        return `${at.name}:${at.line}:${issue.column}: ${issue.severity}: ${issue.message}\n`;
      })
      .join(''),
  );
  return shown.some((issue) => issue.severity === 'error');
}
