/** The document derivation the app runs in its worker, run here in Node, to compare what the page shows. */
import { readFileSync } from 'node:fs';
import { createDocument, deriveDocument, type DerivedDocument, type SchemawiseDocument } from '../src/core/document';
import { importSql, initParser } from '../src/core/parse';
import type { Fix } from '../src/core/rules';

export const sampleSql = readFileSync(new URL('../src/ui/sample/saas.sql', import.meta.url), 'utf8');

export function sampleDocument(): SchemawiseDocument {
  return createDocument(sampleSql, 'saas.sql (sample)');
}

export async function derive(doc: SchemawiseDocument, allowDestructive = false): Promise<DerivedDocument> {
  await initParser();
  return deriveDocument(doc, importSql(doc.sourceSql), { allowDestructive });
}

/** The sample with the fix of its require-fk-index finding on `table` applied. */
export async function sampleWithFkIndexFix(table = 'memberships'): Promise<{ before: DerivedDocument; doc: SchemawiseDocument; after: DerivedDocument; line: number }> {
  const base = sampleDocument();
  const before = await derive(base);
  const finding = before.diagnostics.find((d) => d.ruleId === 'require-fk-index' && d.target.table === table);
  if (!finding?.fix || finding.fix.kind !== 'changes') throw new Error(`the sample has no require-fk-index fix on ${table}`);
  const doc = { ...base, edits: [...(finding.fix as Extract<Fix, { kind: 'changes' }>).changes] };
  return { before, doc, after: await derive(doc), line: finding.line };
}
