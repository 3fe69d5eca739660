import { memo } from 'react';
import type { Table } from '../../core/model';
import { formatType } from '../../core/model/format-type';
import { columnMarks } from '../lib/column-marks';
import { displayName } from '../lib/display-name';
import { shortType } from '../lib/short-type';
import './table-card.css';

/** One table: its name and columns with type and key / NOT NULL marks. */
export const TableCard = memo(function TableCard({ table }: { table: Table }) {
  const marks = columnMarks(table);
  const name = displayName(table);
  const indexes =
    table.indexes.length + (table.primaryKey ? 1 : 0) + table.uniqueConstraints.length + table.exclusions.length;
  return (
    <article className="table-card" aria-label={`Table ${name}`} data-testid="table-card">
      <header className="table-card__header">
        <h3 className="table-card__name" title={`${table.schema}.${table.name}`}>
          {table.schema !== 'public' && <span className="table-card__schema">{table.schema}.</span>}
          {table.name}
        </h3>
        {table.partitionOf && (
          <span className="table-card__note" title={table.partitionOf.bound}>
            partition of {displayName(table.partitionOf.parent)}
          </span>
        )}
      </header>
      <ul className="table-card__columns">
        {table.columns.map((column) => {
          const mark = marks.get(column.name);
          const fkTitle = mark?.references.map((ref) => `references ${displayName(ref)}`).join(', ');
          return (
            <li key={column.name} className="column">
              <span className="column__name">{column.name}</span>
              <span className="column__type" title={formatType(column.type)}>
                {shortType(column.type)}
              </span>
              <span className="column__marks">
                {mark?.primaryKey && <abbr className="mark mark--pk" title="Primary key">PK</abbr>}
                {fkTitle && <abbr className="mark mark--fk" title={fkTitle}>FK</abbr>}
                {mark?.unique && <abbr className="mark mark--uq" title="Unique">UQ</abbr>}
                {column.notNull && !mark?.primaryKey && (
                  <abbr className="mark mark--nn" title="NOT NULL">NN</abbr>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <footer className="table-card__footer">
        {plural(indexes, 'index', 'indexes')} · {plural(table.foreignKeys.length, 'FK', 'FKs')}
        {table.triggers.length > 0 && <> · {plural(table.triggers.length, 'trigger', 'triggers')}</>}
      </footer>
    </article>
  );
});

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
