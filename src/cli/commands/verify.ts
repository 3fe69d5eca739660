/** `schemawise verify <baseline.sql> --migration <up.sql>`: run it on Postgres (PGlite) and check. */
import { importSql, initParser, upPartText } from '../../core/parse';
import { parsePgVersion, PG_VERSIONS, printSchema, statementsNeedingNewerPostgres } from '../../core/sql';
import { createLineIndex } from '../../core/parse/line-index';
import { verifyMigration, type StatementResult } from '../../core/verify';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { type Input, readInput, reportImportIssues, UsageError, writeOut } from '../io';

function report(title: string, results: StatementResult[]): string[] {
  if (results.length === 0) return [];
  return [title, ...results.map((r) => `  ${r.ok ? 'ok   ' : 'ERROR'} line ${r.line}: ${r.sql.split('\n')[0]!.slice(0, 100)}${r.ok ? '' : `\n        ${r.error}`}`)];
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'run a migration on an embedded Postgres and check what it leaves behind',
  usage: '<baseline.sql> --migration <up.sql> [--down <down.sql>] [--target <to.sql>] [--pg-version <n>]',
  help: `Loads the baseline into a fresh PGlite (Postgres 18 in WebAssembly, with its contrib
extensions), runs the migration statement by statement (stopping at the first error) and prints
each statement's result. With --target, the catalog afterwards is compared object by object with
a database built from the target file itself, and the target as Schemawise reads and prints it
must build the same catalog (a check on the model); with --down, the down migration runs next
and the catalog must be the baseline's again. Roles the scripts name (policies, grants, owners)
are created in the scratch database when missing, and listed. What is deliberately not
compared (owners, column order, ...) is listed at the end.

Options:
  --migration <file>   the up migration (required)
  --down <file>        the down migration
  --target <file>      the schema the migration should produce
${STRICT_SCHEMAS_HELP}
  --pg-version <n>     the Postgres version the migration is meant for (${PG_VERSIONS[0]}-${PG_VERSIONS[PG_VERSIONS.length - 1]}): statements
                       that need a newer one are reported as errors (the run itself is on
                       PGlite, Postgres 18, which has them all)
  -h, --help           show this help

The target's import errors and warnings (what Schemawise's model of it leaves out or reads with
reservations) are listed on standard error as file:line:column: severity: message.

Exit codes: 0 verified, 1 a statement failed or the catalog differs, 2 usage or I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    migration: { type: 'string' },
    down: { type: 'string' },
    target: { type: 'string' },
    'pg-version': { type: 'string' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError('expected the baseline SQL file');
    if (!values.migration) throw new UsageError('--migration <up.sql> is required');
    const version = values['pg-version'] === undefined ? undefined : parsePgVersion(values['pg-version']);
    if (values['pg-version'] !== undefined && version === undefined) throw new UsageError(`--pg-version expects one of ${PG_VERSIONS.join(', ')}, not ${String(values['pg-version'])}`);
    // A goose, sql-migrate or dbmate file runs its Up part only, as its tool runs it.
    const baseline = upPartOf(await readInput(positionals[0]!));
    const up = upPartOf(await readInput(values.migration as string));
    const down = values.down ? await readInput(values.down as string) : undefined;
    let target: { targetSql: string; printedTargetSql: string } | undefined;
    if (values.target) {
      await initParser();
      const targetInput = await readInput(values.target as string);
      const targetSql = upPartText(targetInput.text);
      const imported = importSql(targetSql, importOptions(values));
      // What the model leaves out of the target is missing from its printed copy: said here, at
      // its place, before the catalog comparison reports the difference it makes.
      await reportImportIssues(targetInput, imported.issues);
      target = { targetSql, printedTargetSql: printSchema(imported.schema) };
    }
    const result = await verifyMigration({ baselineSql: baseline.text, upSql: up.text, ...(down ? { downSql: down.text } : {}), ...target });
    // Syntax the target version lacks fails there, whatever PGlite (18) accepts.
    const tooNew = version === undefined ? [] : [['up', up.text] as const, ['down', down?.text ?? ''] as const].flatMap(([which, text]) => {
      const lines = createLineIndex(text);
      return statementsNeedingNewerPostgres(text, version).map((f) => `${which} line ${lines.position(f.offset).line}: ${f.what} needs Postgres ${f.needs}; the target is ${version}`);
    });
    const lines = [
      ...(tooNew.length > 0 ? [`statements Postgres ${version} does not have:`, ...tooNew.map((t) => `  ${t}`)] : []),
      ...(result.baselineFailures.length > 0 ? [`baseline: ${result.baselineFailures.length} statement(s) Postgres rejected (not checked further)`] : []),
      ...(result.rolesCreated.length > 0 ? [`roles created in the scratch database (named by the scripts): ${result.rolesCreated.join(', ')}`] : []),
      ...report('up:', result.up),
      ...report('target: statements Postgres rejected', result.targetFailures),
      ...(result.upDifferences.length > 0 ? ['catalog after up differs from the target:', ...result.upDifferences.map((d) => `  ${d}`)] : []),
      ...report('target as Schemawise prints it: statements Postgres rejected', result.reprintFailures),
      ...(result.reprintDifferences.length > 0 ? ['the target as Schemawise reads and prints it builds a different catalog:', ...result.reprintDifferences.map((d) => `  ${d}`)] : []),
      ...report('down:', result.down),
      ...(result.downDifferences.length > 0 ? ['catalog after down differs from the baseline:', ...result.downDifferences.map((d) => `  ${d}`)] : []),
      `not compared: ${result.notCompared.map((n) => n.property).join('; ')} (docs/verify.md says why)`,
      result.ok && tooNew.length === 0 ? 'verified' : 'NOT verified',
    ];
    await writeOut(`${lines.join('\n')}\n`);
    return result.ok && tooNew.length === 0 ? EXIT.ok : EXIT.findings;
  },
};

function upPartOf(input: Input): Input {
  return { ...input, text: upPartText(input.text) };
}
