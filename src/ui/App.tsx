import { useCallback, useMemo, useRef, useState } from 'react';
import { emptySchema } from '../core/model';
import type { ParseIssue } from '../core/parse';
import type { Diagnostic } from '../core/rules';
import type { RuleInfo } from '../worker/protocol';
import { ErCanvas } from './canvas/ErCanvas';
import { Header } from './components/Header';
import { SqlEditor, type SqlEditorHandle } from './components/SqlEditor';
import { SummaryBar } from './components/SummaryBar';
import { useDebounced } from './lib/use-debounced';
import { useFileDrop } from './lib/use-file-drop';
import { useImport } from './lib/use-import';
import { useTheme } from './lib/use-theme';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { toProblems, type Problem } from './problems/problems';
import sampleSql from './sample/saas.sql?raw';
import { useApp } from './store';
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
const EMPTY_DIAGNOSTICS: Diagnostic[] = [];
const EMPTY_SCHEMA = emptySchema();
const EMPTY_RULES: Record<string, RuleInfo> = {};

export function App() {
  const [source, setSource] = useState<Source>({ name: 'saas.sql (sample)', text: sampleSql, revision: 0 });
  const [sql, setSql] = useState(sampleSql);
  const imported = useImport(sql);
  const editor = useRef<SqlEditorHandle>(null);
  const theme = useTheme(useApp((s) => s.theme));

  const onEdit = useDebounced((text: string) => setSql(text), EDIT_DEBOUNCE_MS);
  const openFile = useCallback(
    async (file: File) => {
      const text = await file.text();
      onEdit.cancel();
      setSource((previous) => ({ name: file.name, text, revision: previous.revision + 1 }));
      setSql(text);
    },
    [onEdit],
  );
  const { dragging } = useFileDrop(openFile);

  const result = imported.result;
  const schema = result?.schema ?? EMPTY_SCHEMA;
  const diagnostics = result?.diagnostics ?? EMPTY_DIAGNOSTICS;
  const problems = useMemo(
    () => toProblems(schema, diagnostics, result?.issues ?? EMPTY_ISSUES),
    [schema, diagnostics, result?.issues],
  );

  const selectProblem = useCallback((problem: Problem) => {
    const app = useApp.getState();
    app.setActiveProblem(problem.key);
    if (problem.node) app.focusOn(problem.node, problem.target?.column);
    if (problem.line > 0) editor.current?.selectLine(problem.line);
  }, []);
  const openSource = useCallback((line: number) => editor.current?.selectLine(line), []);

  return (
    <div className="app">
      <Header sourceName={source.name} onFile={openFile} />
      <SummaryBar
        summary={result?.summary}
        issues={result?.issues.length ?? 0}
        findings={result ? diagnostics.length : undefined}
        statements={result?.stats.statements}
        elapsedMs={result?.elapsedMs}
        lintMs={result?.lintMs}
        busy={imported.busy}
      />
      {imported.error && (
        <p className="app__error" role="alert">
          Import failed: {imported.error}
        </p>
      )}
      <main className="workbench">
        <SqlEditor ref={editor} text={source.text} revision={source.revision} onEdit={onEdit} />
        <ErCanvas schema={schema} diagnostics={diagnostics} colorMode={theme} onOpenSource={openSource} />
        <ProblemsPanel problems={problems} rules={result?.rules ?? EMPTY_RULES} onSelect={selectProblem} lintError={result?.lintError} />
      </main>
      {dragging && <div className="drop-overlay">Drop a .sql file to open it</div>}
    </div>
  );
}
