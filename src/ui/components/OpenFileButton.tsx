import { useRef } from 'react';

/** A button that opens the system file picker for a .sql file (or a .dbml one, converted to SQL). */
export function OpenFileButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
        Open .sql file
      </button>
      <input
        ref={input}
        type="file"
        accept=".sql,.psql,.pgsql,.ddl,.txt,.dbml,text/plain,application/sql"
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </>
  );
}
