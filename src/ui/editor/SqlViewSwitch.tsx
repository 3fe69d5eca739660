/**
 * Above the SQL editor: the source DDL (the baseline, editable) or the target DDL (the schema as
 * designed, generated, read-only). The editor stays mounted under the target view, so switching
 * back finds the text, cursor and undo history as they were.
 */
import { SqlViewer } from './SqlViewer';

export type SqlView = 'source' | 'target';

export function SqlViewSwitch({ view, onChange }: { view: SqlView; onChange: (view: SqlView) => void }) {
  return (
    <div className="segmented" role="radiogroup" aria-label="SQL shown">
      {(['source', 'target'] as const).map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={view === option}
          className={`segmented__option${view === option ? ' is-on' : ''}`}
          onClick={() => onChange(option)}
          title={option === 'source' ? 'The SQL as imported (the database as it is); edit it here' : 'The schema as designed, generated from the source and the design edits (read-only)'}
          data-testid={`sql-view-${option}`}
        >
          {option === 'source' ? 'Source' : 'Target'}
        </button>
      ))}
    </div>
  );
}

export function TargetDdl({ text }: { text: string }) {
  return <SqlViewer text={text || '-- The target schema is empty.\n'} label="Target DDL (read-only)" testId="editor-target" />;
}
