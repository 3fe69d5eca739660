/** The shape every CLI command has; src/cli/commands/index.ts lists them. */
import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line, shown in `schemawise --help`. */
  summary: string;
  /** Argument synopsis after the command name, e.g. `<file.sql | -> [--json]`. */
  usage: string;
  /** The rest of `schemawise <name> --help`: what it does, its options, its exit codes. */
  help: string;
  /** node:util parseArgs options (`--help` is added by main). */
  options: OptionSpecs;
  /** Returns the exit code. Throws UsageError for a usage or I/O mistake (exit 2). */
  run(args: ParsedArgs): Promise<number>;
}

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  /** The input had errors (syntax errors, lint errors, ...); the result was still printed. */
  findings: 1,
  /** Usage or I/O error: unknown command or option, missing file. */
  usage: 2,
  /** A bug in Schemawise: an unexpected exception. */
  internal: 3,
} as const;
