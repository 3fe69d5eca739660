/**
 * The import's choice about schemas the SQL uses but never creates (a migration folder whose
 * CREATE SCHEMA lives elsewhere): assumed to exist, the default, or read strictly as Postgres
 * would on an empty database. Shown when it matters: some schema was assumed, or strict is on.
 */
import { memo } from 'react';
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { SYNTAX, type Problem } from './problems';

const ASSUMED = /^schema "((?:[^"]|"")*)" .* assumed to exist/;

export const SchemaAssumptions = memo(function SchemaAssumptions({ problems }: { problems: Problem[] }) {
  const strict = useApp((s) => Boolean(s.document.importOptions?.strictSchemas));
  const assumed = problems.flatMap((p) => {
    const match = p.ruleId === SYNTAX ? ASSUMED.exec(p.message) : null;
    return match ? [match[1]!] : [];
  });
  if (!strict && assumed.length === 0) return null;
  return (
    <label className="problems__assume" data-testid="assume-schemas">
      <input
        type="checkbox"
        checked={!strict}
        onChange={(event) => void execute('set-strict-schemas', { strict: !event.target.checked })}
      />
      <span>
        Assume schemas the SQL never creates exist
        {assumed.length > 0 && <> ({assumed.join(', ')})</>}
        {strict && <>: off, read as Postgres would on an empty database</>}
      </span>
    </label>
  );
});
