/** The same import and lint the app runs in its worker, run here in Node, to compare what the page shows. */
import { readFileSync } from 'node:fs';
import { summarize, type SchemaSummary } from '../src/core/model';
import { importSql, initParser, type ParseIssue } from '../src/core/parse';
import { lint, type Diagnostic } from '../src/core/rules';

export interface NodeImport {
  text: string;
  tables: number;
  /** Tables, views and materialized views: the nodes of the canvas. */
  nodes: number;
  summary: SchemaSummary;
  issues: ParseIssue[];
  diagnostics: Diagnostic[];
}

export async function importFile(path: string): Promise<NodeImport> {
  await initParser();
  return importText(readFileSync(path, 'utf8'));
}

export async function importText(text: string): Promise<NodeImport> {
  await initParser();
  const { schema, issues } = importSql(text);
  const tables = Object.keys(schema.tables).length;
  return {
    text,
    tables,
    nodes: tables + Object.keys(schema.views).length,
    summary: summarize(schema),
    issues,
    diagnostics: lint(schema, { sourceText: text }),
  };
}
