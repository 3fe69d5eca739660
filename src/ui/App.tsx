import { useCallback, useRef, useState } from 'react';
import type { ParseIssue } from '../core/parse';
import { Header } from './components/Header';
import { IssueList } from './components/IssueList';
import { SqlEditor, type SqlEditorHandle } from './components/SqlEditor';
import { SummaryBar } from './components/SummaryBar';
import { TableList } from './components/TableList';
import { useDebounced } from './lib/use-debounced';
import { useFileDrop } from './lib/use-file-drop';
import { useImport } from './lib/use-import';
import sampleSql from './sample/saas.sql?raw';
import './styles/theme.css';
import './styles/layout.css';

/** Pause in typing after which the text is imported again. */
const EDIT_DEBOUNCE_MS = 250;

interface Source {
  name: string;
  text: string;
  /** Bumped when the text is replaced from outside the editor (a file was opened). */
  revision: number;
}

const EMPTY_ISSUES: ParseIssue[] = [];

export function App() {
  const [source, setSource] = useState<Source>({ name: 'saas.sql (sample)', text: sampleSql, revision: 0 });
  const [sql, setSql] = useState(sampleSql);
  const imported = useImport(sql);
  const editor = useRef<SqlEditorHandle>(null);

  const onEdit = useDebounced((text: string) => setSql(text), EDIT_DEBOUNCE_MS);
  const openFile = useCallback(async (file: File) => {
    const text = await file.text();
    onEdit.cancel();
    setSource((previous) => ({ name: file.name, text, revision: previous.revision + 1 }));
    setSql(text);
  }, [onEdit]);
  const { dragging } = useFileDrop(openFile);
  const selectIssue = useCallback((issue: ParseIssue) => editor.current?.selectLine(issue.line), []);

  const result = imported.result;
  return (
    <div className="app">
      <Header sourceName={source.name} onFile={openFile} />
      <SummaryBar
        summary={result?.summary}
        issues={result?.issues.length ?? 0}
        statements={result?.stats.statements}
        elapsedMs={result?.elapsedMs}
        busy={imported.busy}
      />
      {imported.error && (
        <p className="app__error" role="alert">
          Import failed: {imported.error}
        </p>
      )}
      <main className="app__body">
        <div className="app__source">
          <SqlEditor ref={editor} text={source.text} revision={source.revision} onEdit={onEdit} />
          <IssueList issues={result?.issues ?? EMPTY_ISSUES} onSelect={selectIssue} />
        </div>
        <TableList tables={result?.schema.tables ?? {}} />
      </main>
      {dragging && <div className="drop-overlay">Drop a .sql file to open it</div>}
    </div>
  );
}
