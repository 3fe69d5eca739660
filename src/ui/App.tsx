import { useCallback, useEffect, useMemo, useRef } from 'react';
import { emptySchema } from '../core/model';
import type { ParseIssue } from '../core/parse';
import type { Diagnostic } from '../core/rules';
import type { RuleInfo } from '../worker/protocol';
import { ErCanvas } from './canvas/ErCanvas';
import { CommandBar, NoticeBar } from './commands/CommandBar';
import { execute } from './commands/execute';
import { isProjectFile, openProjectFile, saveProjectFile } from './document/project-file';
import { startDocumentSession } from './document/session';
import { useDerived } from './document/use-derived';
import { fixesOf } from './editor/markers';
import { MigrationPanel } from './migration/MigrationPanel';
import { Header } from './components/Header';
import { SqlEditor, type SqlEditorHandle } from './editor/SqlEditor';
import { SummaryBar } from './components/SummaryBar';
import { useDebounced } from './lib/use-debounced';
import { useFileDrop } from './lib/use-file-drop';
import { useTheme } from './lib/use-theme';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { toProblems, type Problem } from './problems/problems';
import { useApp } from './store';
import './styles/theme.css';
import './styles/layout.css';

/** Pause in typing after which the text is imported again. */
const EDIT_DEBOUNCE_MS = 250;

const EMPTY_ISSUES: ParseIssue[] = [];
const EMPTY_DIAGNOSTICS: Diagnostic[] = [];
const EMPTY_SCHEMA = emptySchema();
const EMPTY_RULES: Record<string, RuleInfo> = {};

export function App() {
  // The document (restored from IndexedDB or a share link, autosaved) and what derives from it.
  useEffect(startDocumentSession, []);
  const sourceName = useApp((s) => s.document.sourceName);
  const sourceSql = useApp((s) => s.document.sourceSql);
  const sourceRevision = useApp((s) => s.sourceRevision);
  const imported = useDerived();
  const editor = useRef<SqlEditorHandle>(null);
  const theme = useTheme(useApp((s) => s.theme));

  const onEdit = useDebounced((text: string) => execute('edit-source', { sql: text }), EDIT_DEBOUNCE_MS);
  const openFile = useCallback(
    async (file: File) => {
      onEdit.cancel();
      if (isProjectFile(file)) await openProjectFile(file);
      else execute('replace-source', { sql: await file.text(), name: file.name });
    },
    [onEdit],
  );
  const { dragging } = useFileDrop(openFile);

  const result = imported.result;
  const schema = result?.target ?? EMPTY_SCHEMA;
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
  const applyProblemFix = useCallback((problem: Problem) => {
    if (problem.fixData) execute('apply-fix', { fix: problem.fixData });
  }, []);
  const applyEditorFix = useCallback((diagnostic: Diagnostic, index: number) => {
    const fix = fixesOf(diagnostic)[index];
    if (fix) execute('apply-fix', { fix });
  }, []);

  return (
    <div className="app">
      <Header sourceName={sourceName} onFile={openFile} actions={<CommandBar />} />
      <SummaryBar
        summary={result?.summary}
        issues={result?.issues.length ?? 0}
        findings={result ? diagnostics.length : undefined}
        statements={result?.stats.statements}
        elapsedMs={result?.elapsedMs}
        lintMs={result?.lintMs}
        busy={imported.busy}
      />
      <NoticeBar />
      {imported.error && (
        <p className="app__error" role="alert">
          Import failed: {imported.error}
        </p>
      )}
      <main className="workbench">
        <SqlEditor
          ref={editor}
          text={sourceSql}
          revision={sourceRevision}
          onEdit={onEdit}
          onApplyFix={applyEditorFix}
          onSave={saveProjectFile}
          issues={result?.issues ?? EMPTY_ISSUES}
          diagnostics={diagnostics}
        />
        <div className="workbench__center">
          <ErCanvas schema={schema} diagnostics={diagnostics} colorMode={theme} onOpenSource={openSource} />
          <MigrationPanel result={result} busy={imported.busy} />
        </div>
        <ProblemsPanel problems={problems} rules={result?.rules ?? EMPTY_RULES} onSelect={selectProblem} onFix={applyProblemFix} lintError={result?.lintError} />
      </main>
      {dragging && <div className="drop-overlay">Drop a .sql file (or a .schemawise.json project) to open it</div>}
    </div>
  );
}
