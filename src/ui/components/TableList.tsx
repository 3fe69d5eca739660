import { useDeferredValue, useMemo, useState } from 'react';
import type { Table } from '../../core/model';
import { TableCard } from './TableCard';
import './table-list.css';

/** All tables of the schema as cards, in the order the script created them, with a name filter. */
export function TableList({ tables }: { tables: Record<string, Table> }) {
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());
  const all = useMemo(() => Object.entries(tables), [tables]);
  const shown = useMemo(
    () => (deferredFilter ? all.filter(([, t]) => `${t.schema}.${t.name}`.toLowerCase().includes(deferredFilter)) : all),
    [all, deferredFilter],
  );
  return (
    <section className="table-list" aria-labelledby="table-list-title">
      <div className="panel-heading">
        <h2 id="table-list-title">
          Tables <span className="count">{shown.length === all.length ? all.length : `${shown.length} of ${all.length}`}</span>
        </h2>
        <input
          type="search"
          className="table-list__filter"
          placeholder="Filter tables"
          aria-label="Filter tables"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {all.length === 0 ? (
        <p className="empty">No tables yet. Open a .sql file, drop one here, or type some DDL.</p>
      ) : (
        <div className="table-list__grid">
          {shown.map(([key, table]) => (
            <TableCard key={key} table={table} />
          ))}
        </div>
      )}
    </section>
  );
}
