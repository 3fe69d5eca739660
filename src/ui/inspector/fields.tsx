/**
 * Inspector inputs that commit on Enter or when they lose focus, and show why a value was
 * refused under the field without losing what was typed (Escape brings the value back).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** Commits a value: resolves with an error message, or undefined when it was taken. */
export type Commit = (text: string) => string | undefined | Promise<string | undefined>;

interface CommitFieldProps {
  value: string;
  onCommit: Commit;
  label: string;
  placeholder?: string;
  /** A suggestion list (a datalist id). */
  list?: string;
  /** A hint shown under the field when there is no error (how the name will be written). */
  hint?: (draft: string) => string | undefined;
  className?: string;
  testId?: string;
  multiline?: boolean;
  disabled?: boolean;
  /** Focus on mount (a table just created: its name). */
  autoFocus?: boolean;
}

export function CommitField({ value, onCommit, label, placeholder, list, hint, className, testId, multiline, disabled, autoFocus }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const editing = useRef(false);
  const errorId = useId();

  // A new value from the document (undo, a derivation) replaces the draft unless the user is typing.
  useEffect(() => {
    if (!editing.current) {
      setDraft(value);
      setError(undefined);
    }
  }, [value]);

  const commit = async () => {
    if (draft === value) {
      editing.current = false;
      setError(undefined);
      return;
    }
    setBusy(true);
    const problem = await onCommit(draft);
    setBusy(false);
    setError(problem);
    if (!problem) editing.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      editing.current = false;
      setDraft(value);
      setError(undefined);
    }
  };

  const shownHint = !error && hint ? hint(draft) : undefined;
  const common = {
    value: draft,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error || shownHint ? errorId : undefined,
    placeholder,
    disabled,
    autoFocus,
    'data-testid': testId,
    'data-busy': busy || undefined,
    className: `field__input${error ? ' field__input--invalid' : ''}`,
    onChange: (event: { target: { value: string } }) => {
      editing.current = true;
      setDraft(event.target.value);
    },
    onBlur: () => void commit(),
    onKeyDown,
    spellCheck: false,
  };
  return (
    <span className={`field${className ? ` ${className}` : ''}`}>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" list={list} autoComplete="off" {...common} />}
      {(error || shownHint) && (
        <span id={errorId} className={error ? 'field__error' : 'field__hint'} role={error ? 'alert' : undefined} data-testid={testId ? `${testId}-error` : undefined}>
          {error ?? shownHint}
        </span>
      )}
    </span>
  );
}

/** A message under a form (an add form refused its input). */
export function FormError({ error, testId }: { error?: string; testId?: string }) {
  if (!error) return null;
  return (
    <p className="field__error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}
