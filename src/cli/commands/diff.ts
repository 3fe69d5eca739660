/** `schemawise diff <from.sql> <to.sql>`: the safe migration from one schema to the other. */
import { diff } from '../../core/diff';
import { importSql, initParser } from '../../core/parse';
import { planMigration, planToSql } from '../../core/sql';
import { EXIT, type Command } from '../command';
import { readInput, UsageError, writeErr, writeOut } from '../io';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'print the migration (up, or down) that turns one schema into another, safe for a live database',
  usage: '<from.sql> <to.sql> [--down] [--allow-destructive]',
  help: `Imports both files and prints the migration from the first schema to the second as one
psql script: lock and statement timeouts first, each statement under a comment saying what it
does and what it risks (access-exclusive lock, table rewrite, index build, validation scan...),
statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE)
outside the BEGIN/COMMIT blocks. On tables that already exist it uses the forms that do not block
traffic: concurrent index builds, NOT VALID then VALIDATE, NOT NULL through a validated check.

Options:
  --down                print the down migration instead
  --allow-destructive   include steps that lose data (dropped tables and columns); without it
                        they are left out and listed on standard error
  -h, --help            show this help

Exit codes: 0 printed, 1 an input file has syntax errors, 2 usage or I/O error.
`,
  options: {
    down: { type: 'boolean' },
    'allow-destructive': { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 2) throw new UsageError('expected two SQL files: the schema as it is, and as it should be');
    const [fromInput, toInput] = [await readInput(positionals[0]!), await readInput(positionals[1]!)];
    await initParser();
    const from = importSql(fromInput.text);
    const to = importSql(toInput.text);
    const plan = planMigration(from.schema, diff(from.schema, to.schema), { allowDestructive: Boolean(values['allow-destructive']) });
    await writeOut(planToSql(values.down ? plan.down : plan.up));
    if (plan.notes.length > 0) await writeErr(plan.notes.map((n) => `note: ${n}\n`).join(''));
    const syntaxErrors = [...from.issues, ...to.issues].some((i) => i.severity === 'error');
    return syntaxErrors ? EXIT.findings : EXIT.ok;
  },
};
