/** One column in the table inspector: name, type, keys, nullability; identity, default, check and comment under "More". */
import { memo, useState } from 'react';
import type { Column, QualifiedName, Table } from '../../core/model';
import { shortType } from '../../core/model/short-type';
import { columnCheckName, movableFrom } from '../design/columns';
import { quotingHint } from '../design/identifiers';
import { CommitField } from './fields';
import { parseSql, parseType, run } from './commit';
import { TYPE_LIST_ID } from './TypeList';

interface ColumnRowProps {
  table: Table;
  column: Column;
  index: number;
}

const IDENTITY_LABELS = { none: 'No identity', always: 'Identity (always)', 'by-default': 'Identity (by default)' } as const;

export const ColumnRow = memo(function ColumnRow({ table, column, index }: ColumnRowProps) {
  const [more, setMore] = useState(false);
  const ref: QualifiedName = { schema: table.schema, name: table.name };
  const on = { table: ref, column: column.name };
  const pk = table.primaryKey?.columns.includes(column.name) ?? false;
  const unique = table.uniqueConstraints.some((c) => c.columns.length === 1 && c.columns[0] === column.name);
  const start = movableFrom(table);
  const check = table.checks.find((c) => c.name === columnCheckName(table, column.name));
  const notNullFixed = pk || column.identity !== undefined;

  const setPk = (checked: boolean) => {
    const current = table.primaryKey?.columns ?? [];
    run('set-primary-key', { table: ref, columns: checked ? [...current, column.name] : current.filter((c) => c !== column.name) });
  };

  return (
    <li className="inspector-column" data-testid="inspector-column" data-column={column.name}>
      <div className="inspector-column__main">
        <span className="inspector-column__move">
          <button type="button" className="icon-button" aria-label={`Move ${column.name} up`} title={index > start ? 'Move up' : 'Postgres cannot move columns that exist in the database'} disabled={index <= start} onClick={() => run('move-column', { ...on, delta: -1 })} data-testid="column-up">
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={`Move ${column.name} down`} title={index >= start && index < table.columns.length - 1 ? 'Move down' : 'Postgres cannot move columns that exist in the database'} disabled={index < start || index >= table.columns.length - 1} onClick={() => run('move-column', { ...on, delta: 1 })} data-testid="column-down">
            ↓
          </button>
        </span>
        <CommitField className="inspector-column__name" label={`Name of column ${column.name}`} value={column.name} hint={quotingHint} onCommit={(name) => run('rename-column', { ...on, name })} testId="column-name" />
        <CommitField
          className="inspector-column__type"
          label={`Type of column ${column.name}`}
          value={shortType(column.type)}
          list={TYPE_LIST_ID}
          onCommit={async (text) => {
            const parsed = await parseType(text);
            return 'error' in parsed ? parsed.error : run('alter-column', { ...on, set: { type: parsed.type } });
          }}
          testId="column-type"
        />
        <button type="button" className="icon-button icon-button--danger" aria-label={`Delete column ${column.name}`} title="Delete the column (and the keys and indexes that use it)" onClick={() => run('drop-column', on)} data-testid="column-delete">
          ×
        </button>
      </div>
      <div className="inspector-column__flags">
        <label title="Part of the primary key">
          <input type="checkbox" checked={pk} onChange={(e) => setPk(e.target.checked)} data-testid="column-pk" /> PK
        </label>
        <label title={notNullFixed ? 'Primary key and identity columns are always NOT NULL' : 'NOT NULL'}>
          <input type="checkbox" checked={column.notNull} disabled={notNullFixed} onChange={(e) => run('alter-column', { ...on, set: { notNull: e.target.checked } })} data-testid="column-nn" /> Not null
        </label>
        <label title="A unique constraint on this column alone">
          <input type="checkbox" checked={unique} onChange={(e) => run('set-column-unique', { ...on, unique: e.target.checked })} data-testid="column-uq" /> Unique
        </label>
        <button type="button" className="link-button inspector-column__more" aria-expanded={more} onClick={() => setMore(!more)} data-testid="column-more">
          {more ? 'Less' : 'More'}
        </button>
      </div>
      {more && (
        <div className="inspector-column__details">
          <label className="inspector-row">
            <span>Identity</span>
            <select
              value={column.identity?.kind ?? 'none'}
              onChange={(e) => {
                const kind = e.target.value as keyof typeof IDENTITY_LABELS;
                run('alter-column', { ...on, set: { identity: kind === 'none' ? null : { kind } } });
              }}
              data-testid="column-identity"
            >
              {Object.entries(IDENTITY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <div className="inspector-row">
            <span>Default</span>
            <CommitField
              label={`Default of column ${column.name}`}
              value={column.default ?? ''}
              placeholder={column.identity ? 'from the identity sequence' : 'none'}
              disabled={column.identity !== undefined}
              onCommit={async (text) => {
                if (!text.trim()) return run('alter-column', { ...on, set: { default: null } });
                const parsed = await parseSql('default', text);
                return 'error' in parsed ? parsed.error : run('alter-column', { ...on, set: { default: parsed.sql } });
              }}
              testId="column-default"
            />
          </div>
          <div className="inspector-row">
            <span>Check</span>
            <CommitField
              label={`Check of column ${column.name}`}
              value={check?.expression ?? ''}
              placeholder={`e.g. ${column.name} > 0`}
              onCommit={async (text) => {
                if (!text.trim()) return run('set-column-check', { ...on, expression: null });
                const parsed = await parseSql('check', text);
                return 'error' in parsed ? parsed.error : run('set-column-check', { ...on, expression: parsed.sql });
              }}
              testId="column-check"
            />
          </div>
          <div className="inspector-row">
            <span>Comment</span>
            <CommitField label={`Comment on column ${column.name}`} value={column.comment ?? ''} placeholder="none" onCommit={(comment) => run('set-comment', { ...on, comment })} testId="column-comment" />
          </div>
        </div>
      )}
    </li>
  );
});
