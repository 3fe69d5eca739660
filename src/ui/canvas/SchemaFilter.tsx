/**
 * The canvas's schema filter: one checkbox per Postgres schema with tables or views, shown when
 * there is more than one. Unchecked schemas are not drawn (their nodes are hidden, and with them
 * the edges that meet them); the model, findings and migration are unchanged.
 */
import { useMemo } from 'react';
import type { Schema } from '../../core/model';
import { useApp } from '../store';
import { useMenuDismiss } from '../lib/use-menu-dismiss';

export function schemaCounts(schema: Schema): [string, number][] {
  const counts = new Map<string, number>();
  for (const relation of [...Object.values(schema.tables), ...Object.values(schema.views)]) counts.set(relation.schema, (counts.get(relation.schema) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a === 'public' ? -1 : b === 'public' ? 1 : a.localeCompare(b)));
}

export function SchemaFilter({ schema }: { schema: Schema }) {
  const menu = useMenuDismiss();
  const counts = useMemo(() => schemaCounts(schema), [schema]);
  const hidden = useApp((s) => s.hiddenSchemas);
  const setShown = useApp((s) => s.setSchemaShown);
  if (counts.length < 2) return null;
  const shownCount = counts.filter(([name]) => !hidden.includes(name)).length;
  return (
    <details ref={menu} className="export-menu" data-testid="schema-filter">
      <summary className="button button--small">
        Schemas {shownCount}/{counts.length}
      </summary>
      <div className="export-menu__body" role="group" aria-label="Schemas drawn on the canvas">
        {counts.map(([name, count]) => (
          <label key={name} className="er-schemas__item">
            <input type="checkbox" checked={!hidden.includes(name)} onChange={(event) => setShown(name, event.target.checked)} data-schema={name} />
            <span>{name}</span>
            <span className="count">{count}</span>
          </label>
        ))}
      </div>
    </details>
  );
}
