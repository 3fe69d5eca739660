/**
 * The import's notes, apart from the problems and quiet: they say how the file was read (the Down
 * part of a goose file left unread, a view column whose type is not known), not that something
 * failed, so they are not counted as problems. Closed at first; choosing a note selects its line.
 */
import { memo, useState } from 'react';
import { SeverityIcon } from '../components/SeverityIcon';
import type { Problem } from './problems';

interface ImportNotesProps {
  notes: Problem[];
  active: string | undefined;
  onSelect: (note: Problem) => void;
}

export const ImportNotes = memo(function ImportNotes({ notes, active, onSelect }: ImportNotesProps) {
  const [open, setOpen] = useState(false);
  if (notes.length === 0) return null;
  return (
    <section className="import-notes" data-testid="import-notes">
      <button type="button" className="problem-group__header import-notes__header" aria-expanded={open} onClick={() => setOpen(!open)}>
        <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 4l4 4-4 4" />
        </svg>
        <span className="import-notes__title">
          Import notes <span data-testid="import-notes-count">{notes.length}</span>
        </span>
        <span className="problem-group__subtitle">How the file was read; nothing here failed.</span>
      </button>
      {open && (
        <ul className="problem-group__items">
          {notes.map((note) => (
            <li key={note.key} className={`problem import-note${note.key === active ? ' is-active' : ''}`}>
              <button type="button" className="problem__row import-note__row" data-testid="import-note" data-line={note.line} onClick={() => onSelect(note)}>
                <SeverityIcon severity="info" />
                <span className="problem__message">{note.message}</span>
                <span className="problem__meta">
                  <span className="problem__context">{note.where}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
