/** The table's indexes: listed with delete; added with columns, unique, method and a partial predicate. */
import { useState, type FormEvent } from 'react';
import type { QualifiedName, Table } from '../../core/model';
import { INDEX_METHODS } from '../design/constraints';
import { FormError } from './fields';
import { parseSql, run } from './commit';

function describeIndex(i: Table['indexes'][number]): string {
  const elements = i.elements.map((e) => e.column ?? e.expression ?? '?').join(', ');
  return `${i.unique ? 'unique ' : ''}${i.method === 'btree' ? '' : `${i.method} `}(${elements})${i.where ? ` where ${i.where}` : ''}`;
}

function AddIndexForm({ table }: { table: QualifiedName }) {
  const [columns, setColumns] = useState('');
  const [unique, setUnique] = useState(false);
  const [method, setMethod] = useState('btree');
  const [where, setWhere] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let predicate: string | undefined;
    if (where.trim()) {
      const parsed = await parseSql('predicate', where);
      if ('error' in parsed) {
        setError(`Where: ${parsed.error}`);
        return;
      }
      predicate = parsed.sql;
    }
    const list = columns.split(',').map((c) => c.trim()).filter(Boolean);
    const problem = run('add-index', { table, columns: list, unique, method, ...(predicate ? { where: predicate } : {}) });
    setError(problem);
    if (!problem) {
      setColumns('');
      setWhere('');
      setUnique(false);
    }
  };

  return (
    <form className="inspector-add" onSubmit={(event) => void submit(event)} aria-label="Add an index">
      <div className="inspector-add__row">
        <input className="field__input" value={columns} onChange={(e) => setColumns(e.target.value)} placeholder="columns, e.g. user_id, created_at" aria-label="Index columns" data-testid="add-index-columns" spellCheck={false} />
        <select value={method} onChange={(e) => setMethod(e.target.value)} aria-label="Index method" data-testid="add-index-method">
          {INDEX_METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <div className="inspector-add__row">
        <input className="field__input" value={where} onChange={(e) => setWhere(e.target.value)} placeholder="where (partial index), optional" aria-label="Index predicate" data-testid="add-index-where" spellCheck={false} />
        <label className="inspector-add__flag">
          <input type="checkbox" checked={unique} onChange={(e) => setUnique(e.target.checked)} data-testid="add-index-unique" /> Unique
        </label>
        <button type="submit" className="button button--small" data-testid="add-index-submit">
          Add
        </button>
      </div>
      <FormError error={error} testId="add-index-error" />
    </form>
  );
}

export function Indexes({ table }: { table: Table }) {
  const ref = { schema: table.schema, name: table.name };
  return (
    <>
      {table.indexes.length > 0 && (
        <ul className="inspector-list">
          {table.indexes.map((index) => (
            <li key={index.name} className="inspector-item" data-testid="inspector-index" data-name={index.name}>
              <div className="inspector-item__head">
                <code className="inspector-item__title">{describeIndex(index)}</code>
                <button type="button" className="icon-button icon-button--danger" aria-label={`Delete index ${index.name}`} onClick={() => run('drop-index', { table: ref, name: index.name })} data-testid="index-delete">
                  ×
                </button>
              </div>
              <div className="inspector-item__name">{index.name}</div>
            </li>
          ))}
        </ul>
      )}
      <AddIndexForm table={ref} />
    </>
  );
}
