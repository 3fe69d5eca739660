/**
 * `nextval('seq'::regclass)` holds the sequence's OID in Postgres, so a column default follows
 * the sequence when it is renamed or moved to another schema; the model's text is rewritten.
 */
import { quoteIdent, quoteLiteral, quoteQualified } from '../../model/names';
import type { QualifiedName, Schema } from '../../model/types';

export function moveSequenceInDefaults(schema: Schema, from: QualifiedName, to: QualifiedName): void {
  const spellings = [quoteQualified(from), quoteIdent(from.name)];
  const target = `nextval(CAST(${quoteLiteral(quoteQualified(to))} AS regclass))`;
  for (const table of Object.values(schema.tables)) {
    for (const column of table.columns) {
      if (!column.default?.includes('nextval')) continue;
      for (const spelling of spellings) {
        column.default = column.default.replace(`nextval(CAST(${quoteLiteral(spelling)} AS regclass))`, target);
      }
    }
  }
}
