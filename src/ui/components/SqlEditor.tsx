import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { lineSpan } from '../lib/text-lines';
import './sql-editor.css';

export interface SqlEditorHandle {
  /** Selects a 1-based line, scrolls it into view and focuses the editor. */
  selectLine(line: number): void;
}

interface SqlEditorProps {
  /** The text to show; replaced in the editor only when `revision` changes (a file was opened). */
  text: string;
  revision: number;
  onEdit: (text: string) => void;
  ref?: Ref<SqlEditorHandle>;
}

/**
 * The SQL source. Uncontrolled on purpose: a keystroke changes the textarea only, so typing in a
 * large script never waits for React; edits reach the app through `onEdit`.
 */
export function SqlEditor({ text, revision, onEdit, ref }: SqlEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const element = area.current;
    if (element && element.value !== text) {
      element.value = text;
      element.scrollTop = 0;
    }
    // Only a new revision replaces what the user typed.
  }, [revision]);

  useImperativeHandle(ref, () => ({
    selectLine(line: number) {
      const element = area.current;
      if (!element) return;
      const { start, end } = lineSpan(element.value, line);
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 18;
      element.scrollTop = Math.max(0, (line - 1) * lineHeight - element.clientHeight / 3);
    },
  }));

  return (
    <section className="sql-editor" aria-labelledby="sql-editor-title">
      <div className="panel-heading">
        <h2 id="sql-editor-title">SQL</h2>
      </div>
      <textarea
        ref={area}
        className="sql-editor__text"
        aria-label="SQL source"
        defaultValue={text}
        onChange={(event) => onEdit(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
      />
    </section>
  );
}
