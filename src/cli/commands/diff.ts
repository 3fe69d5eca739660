/** `schemawise diff <from.sql> <to.sql>`: the safe migration from one schema to the other. */
import { diff, scriptRenames, unmanagedDifferences } from '../../core/diff';
import { importSql, initParser, truncatingIssues } from '../../core/parse';
import { planMigration } from '../../core/sql';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { readInput, reportImportIssues, UsageError, writeErr } from '../io';
import { checkMigrationOutput, MIGRATION_OUTPUT_HELP, MIGRATION_OUTPUT_OPTIONS, pgVersionOption, refusedAny, writeMigration } from '../migration-output';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'print the migration (up, or down) that turns one schema into another, safe for a live database',
  usage: '<from.sql> <to.sql> [--allow-destructive] [--down | --format <format> [--out <dir | file.zip>]]',
  help: `Imports both files and prints the migration from the first schema to the second as one
psql script: lock and statement timeouts first, each statement under a comment saying what it
does and what it risks (access-exclusive lock, table rewrite, index build, validation scan...),
statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE)
outside the BEGIN/COMMIT blocks. On tables that already exist it uses the forms that do not block
traffic: concurrent index builds, NOT VALID then VALIDATE, NOT NULL through a validated check.
When <to.sql> is <from.sql> with statements appended (a migration folder's next step), the
renames those statements make are planned as renames, so the renamed columns keep their data.

Options:
${MIGRATION_OUTPUT_HELP}
  --allow-destructive   include steps that lose data (dropped tables and columns); without it
                        they are left out and listed on standard error
${STRICT_SCHEMAS_HELP}
  -h, --help            show this help

Import errors and warnings of both files are listed on standard error as file:line:column:
severity: message (a warning does not change the exit code).

Exit codes: 0 printed, 1 an input file has syntax errors (the statements that parsed are still
compared, except when a comment, quote or dollar quote is left open: the rest of that file was never read, and no migration is printed)
or a change was refused (a note on standard error says why and what to do; the script leaves it
out), 2 usage or I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    ...MIGRATION_OUTPUT_OPTIONS,
    'allow-destructive': { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 2) throw new UsageError('expected two SQL files: the schema as it is, and as it should be');
    checkMigrationOutput(values);
    const [fromInput, toInput] = [await readInput(positionals[0]!), await readInput(positionals[1]!)];
    await initParser();
    const from = importSql(fromInput.text, importOptions(values));
    const to = importSql(toInput.text, importOptions(values));
    // A file whose end was never read (an unterminated comment or quote swallows the rest) gives
    // a model without everything after that point: compared with the other file, each of those
    // objects would look dropped, or added. No migration is printed from it: exit 1, the place
    // on standard error. A syntax error in one statement is different: the statements around it
    // were read, so the rest is still compared (and drops still need --allow-destructive).
    const unread = truncatingIssues(from.issues).length > 0 || truncatingIssues(to.issues).length > 0;
    let refused = false;
    if (!unread) {
      // A target that is the baseline's script with more appended (the next version of a
      // migration folder) says what it renames: those objects are renamed, not dropped and added.
      const planned = planMigration(from.schema, diff(from.schema, to.schema, { renames: scriptRenames(from, to) }), { allowDestructive: Boolean(values['allow-destructive']), pgVersion: pgVersionOption(values) });
      const plan = { ...planned, notes: [...planned.notes, ...unmanagedDifferences(from.schema, to.schema)] };
      await writeMigration(plan, values);
      refused = refusedAny(plan);
    }
    const fromErrors = await reportImportIssues(fromInput, from.issues);
    const toErrors = await reportImportIssues(toInput, to.issues);
    if (unread) await writeErr('no migration printed: a file was not read to its end (see the error above)\n');
    return fromErrors || toErrors || refused ? EXIT.findings : EXIT.ok;
  },
};
