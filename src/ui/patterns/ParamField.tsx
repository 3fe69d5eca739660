/** One pattern parameter as a form field, by its kind (src/core/patterns/types.ts ParamSpec). */
import type { ParamSpec } from '../../core/patterns/types';
import type { Schema, Table } from '../../core/model';

interface ParamFieldProps {
  spec: ParamSpec;
  value: unknown;
  schema: Schema;
  table?: Table;
  onChange(value: unknown): void;
}

export function ParamField({ spec, value, schema, table, onChange }: ParamFieldProps) {
  const id = `param-${spec.name}`;
  const label = (
    <label htmlFor={id} title={spec.help}>
      {spec.label}
      {spec.destructive && <span className="pattern__destructive"> (loses data)</span>}
    </label>
  );
  switch (spec.kind) {
    case 'boolean':
      return (
        <div className="pattern-param pattern-param--inline">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => {
              if (spec.destructive && e.target.checked && !confirm(`${spec.label}: ${spec.help}\n\nThis step loses data. Turn it on?`)) return;
              onChange(e.target.checked);
            }}
          />
          {label}
        </div>
      );
    case 'choice':
      return (
        <div className="pattern-param">
          {label}
          <select id={id} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
            {(spec.choices ?? []).map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </div>
      );
    case 'columns': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="pattern-param">
          {label}
          <select id={id} multiple size={Math.min(6, table?.columns.length ?? 3)} value={chosen} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
            {(table?.columns ?? []).map((column) => (
              <option key={column.name} value={column.name}>
                {column.name}
              </option>
            ))}
          </select>
        </div>
      );
    }
    case 'table':
      return (
        <div className="pattern-param">
          {label}
          <select id={id} value={String(value ?? '')} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">(none)</option>
            {Object.values(schema.tables).map((t) => {
              const name = t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
              return (
                <option key={`${t.schema}.${t.name}`} value={name}>
                  {name}
                </option>
              );
            })}
          </select>
        </div>
      );
    case 'mapping': {
      const mapping = value && typeof value === 'object' ? (value as Record<string, string>) : {};
      const text = Object.entries(mapping)
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n');
      return (
        <div className="pattern-param">
          {label}
          <textarea
            id={id}
            rows={Math.max(2, Object.keys(mapping).length)}
            defaultValue={text}
            placeholder="value = table"
            onBlur={(e) => {
              const next: Record<string, string> = {};
              for (const line of e.target.value.split('\n')) {
                const at = line.indexOf('=');
                if (at > 0) next[line.slice(0, at).trim()] = line.slice(at + 1).trim();
              }
              onChange(next);
            }}
          />
        </div>
      );
    }
    default:
      return (
        <div className="pattern-param">
          {label}
          <input id={id} type="text" defaultValue={String(value ?? '')} onBlur={(e) => onChange(e.target.value)} />
        </div>
      );
  }
}
