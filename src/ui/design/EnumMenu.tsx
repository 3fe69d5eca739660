/** Enum types: create one (name and values), or add a value to one the schema has. */
import { useState, type FormEvent } from 'react';
import type { EnumType, Schema } from '../../core/model';
import { attempt } from '../commands/execute';
import { displayName } from '../lib/display-name';
import { parseEnumValues } from './enums';
import { useMenuDismiss } from '../lib/use-menu-dismiss';

export function EnumMenu({ schema }: { schema: Schema }) {
  const menu = useMenuDismiss();
  const [name, setName] = useState('');
  const [values, setValues] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // The list (a form per enum) is drawn only while the menu is open: a dump's hundreds of enums
  // would otherwise be rendered again on every change of the schema.
  const [open, setOpen] = useState(false);
  const enums = Object.values(schema.types).filter((t): t is EnumType => t.kind === 'enum');

  const create = (event: FormEvent) => {
    event.preventDefault();
    const problem = attempt('create-enum', { name: name.trim(), values: parseEnumValues(values) }).error;
    setError(problem);
    if (!problem) {
      setName('');
      setValues('');
    }
  };

  return (
    <details ref={menu} className="export-menu enum-menu nokey" data-testid="enum-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button--small" title="Enum types of the schema">
        Enums{enums.length > 0 ? ` (${enums.length})` : ''}
      </summary>
      <div className="export-menu__body">
        <form className="enum-menu__form" onSubmit={create} aria-label="Create an enum type">
          <strong>New enum</strong>
          <input className="field__input" value={name} onChange={(e) => setName(e.target.value)} placeholder="name, e.g. order_status" aria-label="Enum name" data-testid="enum-name" spellCheck={false} />
          <input className="field__input" value={values} onChange={(e) => setValues(e.target.value)} placeholder="values, e.g. pending, paid, shipped" aria-label="Enum values" data-testid="enum-values" spellCheck={false} />
          <button type="submit" className="button button--small" data-testid="enum-create">
            Create enum
          </button>
          {error && (
            <p className="field__error" role="alert" data-testid="enum-error">
              {error}
            </p>
          )}
        </form>
        {open && enums.length > 0 && (
          <ul className="enum-menu__list">
            {enums.map((type) => (
              <EnumItem key={`${type.schema}.${type.name}`} type={type} />
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

function EnumItem({ type }: { type: EnumType }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const problem = attempt('add-enum-value', { type: { schema: type.schema, name: type.name }, value: value.trim() }).error;
    setError(problem);
    if (!problem) setValue('');
  };
  return (
    <li data-testid="enum-item" data-name={type.name}>
      <code>{displayName(type)}</code>: {type.values.join(', ')}
      <form className="enum-menu__add" onSubmit={add}>
        <input className="field__input" value={value} onChange={(e) => setValue(e.target.value)} placeholder="new value" aria-label={`New value of ${type.name}`} spellCheck={false} />
        <button type="submit" className="button button--small">
          Add
        </button>
      </form>
      {error && <p className="field__error">{error}</p>}
    </li>
  );
}
