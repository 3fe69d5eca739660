/** The CLI's only contact with the file system and the standard streams. */
import { readFile } from 'node:fs/promises';

/** A mistake in how the CLI was called or a file it could not read: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Input {
  /** The name to show in messages: the path as given, or `<stdin>` for `-`. */
  name: string;
  text: string;
}

/** Reads a file, or standard input when `path` is `-`, as UTF-8 (a leading BOM is dropped). */
export async function readInput(path: string): Promise<Input> {
  if (path === '-') return { name: '<stdin>', text: stripBom(await readStdin()) };
  try {
    return { name: path, text: stripBom(await readFile(path, 'utf8')) };
  } catch (error) {
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

/**
 * Reports a file's syntax errors on standard error as `file:line:column: message` (the form
 * editors and CI annotate), and says whether there were any. What parsed is still used.
 */
export async function reportSyntaxErrors(name: string, issues: readonly { line: number; column: number; severity: string; message: string }[]): Promise<boolean> {
  const errors = issues.filter((issue) => issue.severity === 'error');
  await writeErr(errors.map((e) => `${name}:${e.line}:${e.column}: error: ${e.message}\n`).join(''));
  return errors.length > 0;
}
