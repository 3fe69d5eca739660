import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { emptySchema } from '../core/model';
import type { ParseIssue } from '../core/parse';
import type { Diagnostic } from '../core/rules';
import type { RuleInfo } from '../worker/protocol';
import { ErCanvas } from './canvas/ErCanvas';
import { staleByNode } from './canvas/stale';
import { patternsByNode } from './patterns/badges';
import { CommandBar, NoticeBar } from './commands/CommandBar';
import { execute } from './commands/execute';
import { isProjectFile, openProjectFile, saveProjectFile } from './document/project-file';
import { isDbmlFile, openDbmlFile } from './document/open-dbml';
import { beforePageHide, startDocumentSession } from './document/session';
import { useDerived } from './document/use-derived';
import { fixesOf } from './editor/markers';
import { MigrationPanel } from './migration/MigrationPanel';
import { ConflictBar } from './components/ConflictBar';
import { Header } from './components/Header';
import { PanelBoundary } from './components/PanelBoundary';
import { SqlEditor, type SqlEditorHandle } from './editor/SqlEditor';
import { SummaryBar, worstSeverity } from './components/SummaryBar';
import { workProgress } from './components/work-progress';
import { useDebounced } from './lib/use-debounced';
import { useFileDrop } from './lib/use-file-drop';
import { useTheme } from './lib/use-theme';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { PatternsPanel, TablePatterns } from './patterns/PatternsPanel';
import { Sidebar } from './components/Sidebar';
import { Workbench } from './components/Workbench';
import type { PatternOutcome } from '../core/document/patterns';
import { firstFixable as firstFixableOf, importNotes, parseProblems, toProblems, type Problem } from './problems/problems';
import { TableInspector } from './inspector/TableInspector';
import { CommandPalette } from './commands/CommandPalette';
import { SqlViewSwitch, TargetDdl, type SqlView } from './editor/SqlViewSwitch';
import { useApp } from './store';
import './styles/theme.css';
import './styles/layout.css';

/**
 * Pause in typing after which the text is derived again. Short: the worker runs one derivation at
 * a time and only the newest text waits, so a burst of keys costs one extra run, not one each.
 */
const EDIT_DEBOUNCE_MS = 80;

const EMPTY_ISSUES: ParseIssue[] = [];
const EMPTY_DIAGNOSTICS: Diagnostic[] = [];
const EMPTY_SCHEMA = emptySchema();
const EMPTY_RULES: Record<string, RuleInfo> = {};
const EMPTY_OUTCOMES: PatternOutcome[] = [];

export function App() {
  // The document (restored from IndexedDB or a share link, autosaved) and what derives from it.
  useEffect(startDocumentSession, []);
  const sourceName = useApp((s) => s.document.sourceName);
  const sourceSql = useApp((s) => s.document.sourceSql);
  const sourceRevision = useApp((s) => s.sourceRevision);
  const imported = useDerived();
  const editor = useRef<SqlEditorHandle>(null);
  const theme = useTheme(useApp((s) => s.theme));
  const [sqlView, setSqlView] = useState<SqlView>('source');

  // Each edit names the document and text revision it was typed on: one still waiting when
  // another document is loaded (or the text replaced by undo) is dropped, not applied to it.
  const typed = useDebounced(
    (sql: string, basis: { documentKey: number; sourceRevision: number }) => execute('edit-source', { sql, basis }),
    EDIT_DEBOUNCE_MS,
  );
  const onEdit = useCallback(
    (text: string) => {
      const { documentKey, sourceRevision } = useApp.getState();
      typed(text, { documentKey, sourceRevision });
    },
    [typed],
  );
  // Keys typed just before a reload reach the document before it is saved.
  useEffect(() => beforePageHide(typed.flush), [typed]);
  // The file being read (a big one takes a moment), said in the status line.
  const [reading, setReading] = useState<string | undefined>(undefined);
  const openFile = useCallback(
    async (file: File) => {
      typed.cancel();
      setReading(file.name);
      try {
        if (isProjectFile(file)) await openProjectFile(file);
        else if (isDbmlFile(file)) await openDbmlFile(file);
        else execute('replace-source', { sql: await file.text(), name: file.name });
      } finally {
        setReading(undefined);
      }
    },
    [typed],
  );
  const { dragging } = useFileDrop(openFile);

  const result = imported.result;
  const schema = result?.target ?? EMPTY_SCHEMA;
  const diagnostics = result?.diagnostics ?? EMPTY_DIAGNOSTICS;
  const patternCount = useApp((s) => s.document.patterns.length);
  const outcomes = result?.patternResults ?? EMPTY_OUTCOMES;
  const nodeKeys = useMemo(() => [...Object.keys(schema.tables), ...Object.keys(schema.views)].sort(), [schema]);
  // The diagram follows a derivation in a second, interruptible render: the findings (problems,
  // editor markers, counts) show first, and a keystroke's findings do not wait for 500 nodes.
  // All it draws comes from the same (deferred) derivation, so it is never half old, half new.
  const canvas = useDeferredValue(result);
  const canvasSchema = canvas?.target ?? EMPTY_SCHEMA;
  const canvasDiagnostics = canvas?.diagnostics ?? EMPTY_DIAGNOSTICS;
  const canvasOutcomes = canvas?.patternResults ?? EMPTY_OUTCOMES;
  const canvasPatterns = useMemo(() => patternsByNode(canvasOutcomes), [canvasOutcomes]);
  const canvasStale = useMemo(() => staleByNode(canvas?.stale), [canvas?.stale]);
  const problems = useMemo(
    () => toProblems(schema, diagnostics, result?.issues ?? EMPTY_ISSUES),
    [schema, diagnostics, result?.issues],
  );
  // The import's errors and warnings are its parse issues; its notes (info) are listed apart.
  const parseIssues = useMemo(() => parseProblems(result?.issues ?? EMPTY_ISSUES), [result?.issues]);
  const notes = useMemo(() => importNotes(result?.issues ?? EMPTY_ISSUES), [result?.issues]);

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
  // The most serious finding with a fix (the sample's missing foreign-key index): offered in the empty
  // migration panel, so that a newcomer is one click from a migration to read and verify.
  const firstFixable = firstFixableOf(problems);
  const suggestion = useMemo(
    () => (firstFixable?.fixData ? { label: firstFixable.fixData.description, apply: () => applyProblemFix(firstFixable) } : undefined),
    [firstFixable, applyProblemFix],
  );
  const applyEditorFix = useCallback((diagnostic: Diagnostic, index: number) => {
    const fix = fixesOf(diagnostic)[index];
    if (fix) execute('apply-fix', { fix });
  }, []);

  return (
    <div className="app">
      <Header sourceName={sourceName} onFile={openFile} actions={<CommandBar />} />
      <SummaryBar
        summary={result?.summary}
        issues={parseIssues.length}
        worstIssue={worstSeverity(parseIssues)}
        findings={result ? diagnostics.length : undefined}
        statements={result?.stats.statements}
        elapsedMs={result?.elapsedMs}
        lintMs={result?.lintMs}
        busy={imported.busy}
        progress={workProgress(reading, imported.busy ? imported.progress : undefined)}
        stale={canvasStale?.size}
        failed={!result && imported.error !== undefined}
      />
      <NoticeBar />
      <ConflictBar />
      {imported.error && (
        <p className="app__error" role="alert" data-testid="import-error">
          Import failed: {imported.error}. Nothing is shown for this text until it imports.
        </p>
      )}
      <Workbench
        editor={
          <PanelBoundary name="editor" label="The SQL editor">
            <SqlEditor
              ref={editor}
              text={sourceSql}
              revision={sourceRevision}
              onEdit={onEdit}
              onApplyFix={applyEditorFix}
              onSave={saveProjectFile}
              issues={result?.issues ?? EMPTY_ISSUES}
              unread={result?.unread}
              diagnostics={diagnostics}
              headingExtra={<SqlViewSwitch view={sqlView} onChange={setSqlView} />}
              cover={sqlView === 'target' ? <TargetDdl text={result?.targetDdl ?? ''} /> : undefined}
            />
          </PanelBoundary>
        }
        canvas={
          <PanelBoundary name="canvas" label="The diagram">
            <ErCanvas schema={canvasSchema} targetDdl={canvas?.targetDdl} pending={!canvas} diagnostics={canvasDiagnostics} patterns={canvasPatterns} stale={canvasStale} colorMode={theme} onOpenSource={openSource} />
          </PanelBoundary>
        }
        migration={
          <PanelBoundary name="migration" label="The migration panel">
            <MigrationPanel result={result} busy={imported.busy} suggestion={suggestion} failed={imported.error !== undefined} />
          </PanelBoundary>
        }
        sidebar={
          <PanelBoundary name="sidebar" label="The side panel">
            <Sidebar
              problemCount={problems.length}
              patternCount={patternCount}
              problems={<ProblemsPanel problems={problems} notes={notes} rules={result?.rules ?? EMPTY_RULES} onSelect={selectProblem} onFix={applyProblemFix} lintError={result?.lintError} />}
              table={<TableInspector schema={schema} patterns={(target) => <TablePatterns schema={schema} target={target} outcomes={outcomes} ask={imported.patternOptions} />} />}
              patterns={<PatternsPanel schema={schema} outcomes={outcomes} ask={imported.patternOptions} />}
            />
          </PanelBoundary>
        }
      />
      <CommandPalette tables={nodeKeys} />
      {dragging && <div className="drop-overlay">Drop a .sql file (or a .dbml file, or a .schemawise.json project) to open it</div>}
    </div>
  );
}
