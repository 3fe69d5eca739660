/**
 * `schemawise <command> [options]`: argument parsing and dispatch. Commands live in
 * src/cli/commands (one file each, listed in commands/index.ts); everything that is not argument
 * parsing or I/O is done by src/core.
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { EXIT, type Command } from './command';
import { commands, findCommand } from './commands';
import { exitQuietlyOnBrokenPipe, UsageError, writeErr, writeOut } from './io';
import { maxOf } from '../core/lib/arrays';

const PROGRAM = 'schemawise';

export function generalHelp(): string {
  const width = maxOf(commands.map((c) => c.name.length));
  return [
    `${PROGRAM} ${version}: PostgreSQL schema designer and linter`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: schemawise <command> --help)',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 success, 1 the input has errors (output still printed), 2 usage or I/O error.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return `Usage: ${PROGRAM} ${command.name} ${command.usage}\n\n${command.summary}\n\n${command.help.trimEnd()}\n`;
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

async function usageFailure(message: string, hint: string): Promise<number> {
  await writeErr(`${PROGRAM}: ${message}\n${hint}\n`);
  return EXIT.usage;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const [first, ...rest] = argv;
  if (first === undefined) {
    await writeErr(generalHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    await writeOut(generalHelp());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    await writeOut(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    if (rest[0] === undefined) {
      await writeOut(generalHelp());
      return EXIT.ok;
    }
    const command = findCommand(rest[0]);
    if (!command) return usageFailure(`unknown command '${rest[0]}'`, `Run '${PROGRAM} --help' for the list of commands.`);
    await writeOut(commandHelp(command));
    return EXIT.ok;
  }
  if (first.startsWith('-')) {
    return usageFailure(`unknown option '${first}'`, `Usage: ${PROGRAM} <command> [options]; run '${PROGRAM} --help'.`);
  }

  const command = findCommand(first);
  if (!command) {
    return usageFailure(
      `unknown command '${first}'`,
      `Commands: ${commands.map((c) => c.name).join(', ')}. Run '${PROGRAM} --help'.`,
    );
  }
  const hint = `Usage: ${PROGRAM} ${command.name} ${command.usage}\nRun '${PROGRAM} ${command.name} --help' for details.`;

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    if (isParseArgsError(error)) return usageFailure(`${command.name}: ${error.message}`, hint);
    throw error;
  }
  if (parsed.values.help) {
    await writeOut(commandHelp(command));
    return EXIT.ok;
  }

  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(`${command.name}: ${error.message}`, hint);
    await writeErr(`${PROGRAM} ${command.name}: internal error (please report): ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
