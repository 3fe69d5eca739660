/** The table's foreign keys: actions, deferrability, delete. New ones are drawn on the canvas. */
import type { ForeignKey, QualifiedName, ReferentialAction, Table } from '../../core/model';
import { displayName } from '../lib/display-name';
import { run } from './commit';

const ACTIONS: { value: ReferentialAction; label: string }[] = [
  { value: 'no-action', label: 'No action' },
  { value: 'restrict', label: 'Restrict' },
  { value: 'cascade', label: 'Cascade' },
  { value: 'set-null', label: 'Set null' },
  { value: 'set-default', label: 'Set default' },
];

function ForeignKeyItem({ table, fk }: { table: QualifiedName; fk: ForeignKey }) {
  const on = { table, name: fk.name };
  const action = (which: 'onDelete' | 'onUpdate', label: string) => (
    <label className="inspector-row">
      <span>{label}</span>
      <select value={fk[which]} onChange={(e) => run('alter-foreign-key', { ...on, set: { [which]: e.target.value as ReferentialAction } })} data-testid={which === 'onDelete' ? 'fk-on-delete' : 'fk-on-update'}>
        {ACTIONS.map((a) => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <li className="inspector-item" data-testid="inspector-fk" data-name={fk.name}>
      <div className="inspector-item__head">
        <code className="inspector-item__title" title={fk.name}>
          ({fk.columns.join(', ')}) → {displayName(fk.references)} ({fk.referencedColumns.join(', ')})
        </code>
        <button type="button" className="icon-button icon-button--danger" aria-label={`Delete foreign key ${fk.name}`} title="Delete the foreign key" onClick={() => run('drop-constraint', on)} data-testid="fk-delete">
          ×
        </button>
      </div>
      <div className="inspector-item__name">{fk.name}</div>
      {action('onDelete', 'On delete')}
      {action('onUpdate', 'On update')}
      <div className="inspector-item__flags">
        <label>
          <input type="checkbox" checked={fk.deferrable} onChange={(e) => run('alter-foreign-key', { ...on, set: { deferrable: e.target.checked } })} data-testid="fk-deferrable" /> Deferrable
        </label>
        <label>
          <input type="checkbox" checked={fk.initiallyDeferred} onChange={(e) => run('alter-foreign-key', { ...on, set: { initiallyDeferred: e.target.checked } })} data-testid="fk-initially-deferred" /> Initially deferred
        </label>
      </div>
    </li>
  );
}

export function ForeignKeys({ table }: { table: Table }) {
  const ref = { schema: table.schema, name: table.name };
  return (
    <>
      {table.foreignKeys.length === 0 ? null : (
        <ul className="inspector-list">
          {table.foreignKeys.map((fk) => (
            <ForeignKeyItem key={fk.name} table={ref} fk={fk} />
          ))}
        </ul>
      )}
      <p className="inspector-help">Drag from a column's dot (or the table's header, for a new column) onto a column of another table, or of this one.</p>
    </>
  );
}
