/** The table's CHECK constraints: listed with delete; added with a condition (and a name, optionally). */
import { useState, type FormEvent } from 'react';
import type { QualifiedName, Table } from '../../core/model';
import { FormError } from './fields';
import { parseSql, run } from './commit';

function AddCheckForm({ table }: { table: QualifiedName }) {
  const [expression, setExpression] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = await parseSql('check', expression);
    const problem = 'error' in parsed ? parsed.error : run('add-check', { table, expression: parsed.sql, ...(name.trim() ? { name: name.trim() } : {}) });
    setError(problem);
    if (!problem) {
      setExpression('');
      setName('');
    }
  };

  return (
    <form className="inspector-add" onSubmit={(event) => void submit(event)} aria-label="Add a check">
      <div className="inspector-add__row">
        <input className="field__input" value={expression} onChange={(e) => setExpression(e.target.value)} placeholder="condition, e.g. price >= 0" aria-label="Check condition" data-testid="add-check-expression" spellCheck={false} />
        <input className="field__input inspector-add__short" value={name} onChange={(e) => setName(e.target.value)} placeholder="name (optional)" aria-label="Check name" data-testid="add-check-name" spellCheck={false} />
        <button type="submit" className="button button--small" data-testid="add-check-submit">
          Add
        </button>
      </div>
      <FormError error={error} testId="add-check-error" />
    </form>
  );
}

export function Checks({ table }: { table: Table }) {
  const ref = { schema: table.schema, name: table.name };
  const own = table.checks.filter((c) => !c.inherited);
  return (
    <>
      {own.length > 0 && (
        <ul className="inspector-list">
          {own.map((check) => (
            <li key={check.name} className="inspector-item" data-testid="inspector-check" data-name={check.name}>
              <div className="inspector-item__head">
                <code className="inspector-item__title">{check.expression}</code>
                <button type="button" className="icon-button icon-button--danger" aria-label={`Delete check ${check.name}`} onClick={() => run('drop-constraint', { table: ref, name: check.name })} data-testid="check-delete">
                  ×
                </button>
              </div>
              <div className="inspector-item__name">{check.name}</div>
            </li>
          ))}
        </ul>
      )}
      <AddCheckForm table={ref} />
    </>
  );
}
