/** `schemawise model <file.sql | -> [--json]`: reads DDL and prints the schema model. */
import { importSql, initParser, type ParseIssue } from '../../core/parse';
import { summarize } from '../../core/model';
import { EXIT, type Command } from '../command';
import { readInput, UsageError, writeOut } from '../io';
import { renderModelText } from '../render-model';

export const modelCommand: Command = {
  name: 'model',
  summary: 'read a SQL file (DDL, migrations or a pg_dump) and print the schema model',
  usage: '<file.sql | -> [--json]',
  help: `Reads the file as psql would run it, statement by statement ('-' reads standard input),
and prints the resulting schema: a summary line, every table with its columns, constraints,
indexes and triggers, the views, then the problems found as file:line:col severity message.

Options:
  --json      print one JSON object instead: { "summary": {...}, "issues": [...], "schema": {...} }
  -h, --help  show this help

Exit codes: 0 read without errors, 1 the file has syntax errors (the model of the rest is still
printed), 2 usage or I/O error.
`,
  options: {
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'expected a SQL file, or - to read standard input'
          : `expected one SQL file, got ${positionals.length}: ${positionals.join(' ')}`,
      );
    }
    const input = await readInput(positionals[0]!);
    await initParser();
    const { schema, issues } = importSql(input.text);
    const summary = summarize(schema);
    if (values.json) {
      const output = {
        summary,
        issues: issues.map(({ line, column, severity, message }: ParseIssue) => ({ line, column, severity, message })),
        schema,
      };
      await writeOut(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      await writeOut(renderModelText(input.name, schema, summary, issues));
    }
    return issues.some((issue) => issue.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
