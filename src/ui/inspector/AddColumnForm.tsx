/** Adds a column: a name and a type (checked by the parser), nullable unless asked. */
import { useRef, useState, type FormEvent } from 'react';
import type { QualifiedName } from '../../core/model';
import { quotingHint } from '../design/identifiers';
import { FormError } from './fields';
import { parseType, run } from './commit';
import { TYPE_LIST_ID } from './TypeList';

export function AddColumnForm({ table }: { table: QualifiedName }) {
  const [name, setName] = useState('');
  const [type, setType] = useState('text');
  const [notNull, setNotNull] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const nameInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = await parseType(type);
    const problem = 'error' in parsed ? `Type: ${parsed.error}` : run('add-column', { table, name: name.trim(), type: parsed.type, notNull });
    setError(problem);
    if (!problem) {
      setName('');
      setNotNull(false);
      nameInput.current?.focus();
    }
  };

  const hint = quotingHint(name.trim());
  return (
    <form className="inspector-add" onSubmit={(event) => void submit(event)} aria-label="Add a column">
      <div className="inspector-add__row">
        <input ref={nameInput} className="field__input" value={name} onChange={(e) => setName(e.target.value)} placeholder="new column" aria-label="New column name" data-testid="add-column-name" spellCheck={false} />
        <input className="field__input" value={type} onChange={(e) => setType(e.target.value)} list={TYPE_LIST_ID} aria-label="New column type" data-testid="add-column-type" spellCheck={false} autoComplete="off" />
        <button type="submit" className="button button--small" data-testid="add-column-submit">
          Add
        </button>
      </div>
      <label className="inspector-add__flag">
        <input type="checkbox" checked={notNull} onChange={(e) => setNotNull(e.target.checked)} data-testid="add-column-nn" /> Not null
      </label>
      {hint && !error && <p className="field__hint">{hint}</p>}
      <FormError error={error} testId="add-column-error" />
    </form>
  );
}
