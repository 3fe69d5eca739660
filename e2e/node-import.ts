/** The same import the app runs in its worker, run here in Node, to compare what the page shows. */
import { readFileSync } from 'node:fs';
import { summarize, type SchemaSummary } from '../src/core/model';
import { importSql, initParser, type ParseIssue } from '../src/core/parse';

export interface NodeImport {
  text: string;
  tables: number;
  summary: SchemaSummary;
  issues: ParseIssue[];
}

export async function importFile(path: string): Promise<NodeImport> {
  await initParser();
  const text = readFileSync(path, 'utf8');
  const { schema, issues } = importSql(text);
  return { text, tables: Object.keys(schema.tables).length, summary: summarize(schema), issues };
}
