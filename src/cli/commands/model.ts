/** `schemawise model <file.sql | -> [--json]`: reads DDL and prints the schema model. */
import { importSql, initParser, type ParseIssue } from '../../core/parse';
import { toDbml, toMermaid } from '../../core/export';
import { summarize } from '../../core/model';
import { printSchema } from '../../core/sql';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { readInput, reportImportIssues, UsageError, writeOut } from '../io';
import { renderModelText } from '../render-model';

export const modelCommand: Command = {
  name: 'model',
  summary: 'read a SQL file (DDL, migrations or a pg_dump) and print the schema model',
  usage: '<file.sql | -> [--json | --format text|json|ddl|mermaid|dbml]',
  help: `Reads the file as psql would run it, statement by statement ('-' reads standard input),
and prints the resulting schema: a summary line, every table with its columns, constraints,
indexes and triggers, the views, then the problems found as file:line:col severity message.

Options:
  --json      print one JSON object instead: { "summary": {...}, "issues": [...], "schema": {...} }
  --format <f>
              text (default), json (as --json), ddl (the whole schema as clean, ordered DDL),
              mermaid (an erDiagram), dbml (for dbdiagram.io and dbdocs); with ddl, mermaid and
              dbml, import errors and warnings go to standard error as
              file:line:column: severity: message
${STRICT_SCHEMAS_HELP}
  -h, --help  show this help

Exit codes: 0 read without errors, 1 the file has syntax errors (the model of the rest is still
printed), 2 usage or I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    json: { type: 'boolean' },
    format: { type: 'string' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'expected a SQL file, or - to read standard input'
          : `expected one SQL file, got ${positionals.length}: ${positionals.join(' ')}`,
      );
    }
    const format = values.json ? 'json' : (values.format ?? 'text');
    const printers: Record<string, (s: typeof schema) => string> = { ddl: printSchema, mermaid: toMermaid, dbml: toDbml };
    if (format !== 'text' && format !== 'json' && !(String(format) in printers)) {
      throw new UsageError(`unknown format ${String(format)}; choose one of: text, json, ddl, mermaid, dbml`);
    }
    const input = await readInput(positionals[0]!);
    await initParser();
    const { schema, issues } = importSql(input.text, importOptions(values));
    const summary = summarize(schema);
    const printer = printers[String(format)];
    if (printer) {
      await writeOut(printer(schema));
      return (await reportImportIssues(input, issues)) ? EXIT.findings : EXIT.ok;
    }
    if (format === 'json') {
      const output = {
        summary,
        // A folder's issues say which file and which line in it (`file` only for a folder).
        issues: issues.map(({ line, column, severity, message }: ParseIssue) => {
          const at = input.locate?.(line);
          return at ? { file: at.name, line: at.line, column, severity, message } : { line, column, severity, message };
        }),
        schema,
      };
      await writeOut(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      await writeOut(renderModelText(input.name, schema, summary, issues));
    }
    return issues.some((issue) => issue.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
