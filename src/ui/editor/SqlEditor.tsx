import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import type { ParseIssue, UnreadPart } from '../../core/parse';
import type { Diagnostic } from '../../core/rules';
import { lineSpan, plainPreview } from '../lib/text-lines';
import { useMonaco } from './load-monaco';
import { MARKER_OWNER, toMarkers } from './markers';
import { replaceText } from './replace-text';
import type * as MonacoSetup from './monaco';
import './editor.css';

export interface SqlEditorHandle {
  /** Selects a 1-based line, scrolls it into view and focuses the editor. */
  selectLine(line: number): void;
}

export interface SqlEditorProps {
  /** The text to show; replaced in the editor only when `revision` changes (a file was opened). */
  text: string;
  revision: number;
  /** Every change of the text by the user (typing, paste, undo, the "ignore" quick fix); not a new revision. */
  onEdit: (text: string) => void;
  /** Parse issues of the last import, shown as markers (errors with Postgres's message). */
  issues?: readonly ParseIssue[];
  /** Findings of the last import, shown as markers with their severity, message and help. */
  diagnostics?: readonly Diagnostic[];
  /** What the last import did not read (a goose file's Down part): greyed out, the reason on hover. */
  unread?: readonly UnreadPart[];
  /**
   * A quick fix was chosen: `fixIndex` indexes `fixesOf(diagnostic)` (markers.ts): the finding's
   * `fix` first, then its `suggestions`. Without this prop only "Ignore <rule> here" is offered.
   */
  onApplyFix?: (diagnostic: Diagnostic, fixIndex: number) => void;
  /** The rule id in a marker's hover was clicked (shown as a link only when this is set). */
  onOpenRule?: (ruleId: string) => void;
  /** Ctrl/Cmd+S in the editor (the browser's save dialog is never opened from it). */
  onSave?: () => void;
  /** Shown in the panel heading after the title (the source / target switch). */
  headingExtra?: ReactNode;
  /**
   * Drawn over the editor, which stays mounted underneath (its text, undo and cursor kept): the
   * read-only target DDL while the user looks at it.
   */
  cover?: ReactNode;
  ref?: Ref<SqlEditorHandle>;
}

/** What `window.__schemawiseEditor` offers (for the end-to-end tests; read-only). */
export interface SqlEditorTestHook {
  getValue(): string;
  getSelectionText(): string;
  /** The editor's markers, in the order Monaco keeps them. */
  getMarkers(): { severity: 'error' | 'warn' | 'info' | 'hint'; code: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

declare global {
  interface Window {
    /**
     * The SQL source editor, for end-to-end tests (e2e/app.spec.ts): set while a Monaco source
     * editor is mounted. Always present in the built app: it only reads.
     */
    __schemawiseEditor?: SqlEditorTestHook;
  }
}

const EMPTY_ISSUES: readonly ParseIssue[] = [];
const EMPTY_UNREAD: readonly UnreadPart[] = [];
const EMPTY_DIAGNOSTICS: readonly Diagnostic[] = [];

/**
 * The SQL source: Monaco once its chunk has loaded (after the first paint), a read-only plain
 * text until then (editable if Monaco failed to load). Monaco's model is the source of truth:
 * typing never waits for React, edits reach the app through `onEdit`, and the text is only
 * replaced from outside when `revision` changes.
 */
export function SqlEditor(props: SqlEditorProps) {
  const monaco = useMonaco();
  // A line chosen before Monaco was ready is selected in it once it is.
  const pendingLine = useRef<number | undefined>(undefined);
  return (
    // `nokey`: React Flow leaves keys typed here alone (it takes Space for panning and Backspace
    // for deleting outside <input>/<textarea>, and Monaco types into a <div> with EditContext).
    <section className="sql-editor nokey" aria-labelledby="sql-editor-title" data-editor={monaco.status}>
      <div className="panel-heading">
        <h2 id="sql-editor-title">SQL</h2>
        {props.headingExtra}
      </div>
      <div className="sql-editor__body">
        {props.cover && <div className="sql-editor__cover">{props.cover}</div>}
        {monaco.status === 'ready' ? (
          <MonacoSource {...props} setup={monaco.module} pendingLine={pendingLine} />
        ) : (
          <PlainSource {...props} editable={monaco.status === 'failed'} pendingLine={pendingLine} />
        )}
      </div>
    </section>
  );
}

type Setup = typeof MonacoSetup;

function MonacoSource({
  setup,
  text,
  revision,
  issues = EMPTY_ISSUES,
  diagnostics = EMPTY_DIAGNOSTICS,
  unread = EMPTY_UNREAD,
  onOpenRule,
  pendingLine,
  ref,
  ...callbacks
}: SqlEditorProps & { setup: Setup; pendingLine: { current: number | undefined } }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const latest = useRef({ ...callbacks, onOpenRule });
  latest.current = { ...callbacks, onOpenRule };
  /** Markers' findings, by `markerKey`, for the code actions. */
  const findings = useRef(new Map<string, Diagnostic>());
  const shownRevision = useRef(revision);
  const replacing = useRef(false);
  const frame = useRef<number | undefined>(undefined);
  const pendingEdit = useRef<(() => void) | undefined>(undefined);
  const initialText = useRef(text);
  /** A big text going into the editor in slices (replace-text.ts): read-only, no markers yet. */
  const [loading, setLoading] = useState(false);
  const stopLoading = useRef<(() => void) | undefined>(undefined);

  useLayoutEffect(() => {
    const { monaco } = setup;
    const editor = monaco.editor.create(host.current!, {
      ...setup.baseOptions(),
      value: initialText.current,
      ariaLabel: 'SQL source',
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    });
    editorRef.current = editor;
    const model = editor.getModel()!;
    // The text goes out at most once a frame: reading a large model on every keystroke of a
    // held key would be wasted work (the app debounces the import anyway).
    pendingEdit.current = () => {
      frame.current = undefined;
      latest.current.onEdit(model.getValue());
    };
    const disposables = [
      model.onDidChangeContent(() => {
        if (replacing.current || frame.current !== undefined) return;
        frame.current = requestAnimationFrame(() => pendingEdit.current?.());
      }),
      setup.registerEditorHooks(model, {
        diagnosticOf: (marker) => findings.current.get(setup.markerKey(marker)),
        get applyFix() {
          const apply = latest.current.onApplyFix;
          return apply && ((diagnostic: Diagnostic, fixIndex: number) => apply(diagnostic, fixIndex));
        },
        openRule: (ruleId) => latest.current.onOpenRule?.(ruleId),
      }),
    ];
    // Ctrl/Cmd+S: the keybinding stops the browser's "save page" dialog.
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave?.());

    const hook: SqlEditorTestHook = {
      getValue: () => model.getValue(),
      getSelectionText: () => {
        const selection = editor.getSelection();
        return selection ? model.getValueInRange(selection) : '';
      },
      getMarkers: () =>
        monaco.editor.getModelMarkers({ resource: model.uri }).map((marker) => ({
          severity: SEVERITY_NAMES[marker.severity] ?? 'hint',
          code: typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? ''),
          message: marker.message,
          line: marker.startLineNumber,
          column: marker.startColumn,
          endLine: marker.endLineNumber,
          endColumn: marker.endColumn,
        })),
    };
    window.__schemawiseEditor = hook;

    if (pendingLine.current !== undefined) {
      select(editor, pendingLine.current);
      pendingLine.current = undefined;
    }
    return () => {
      // An edit not sent yet still reaches the app.
      if (frame.current !== undefined) {
        cancelAnimationFrame(frame.current);
        pendingEdit.current?.();
      }
      pendingEdit.current = undefined;
      if (window.__schemawiseEditor === hook) delete window.__schemawiseEditor;
      for (const disposable of disposables) disposable.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, [setup]);

  // A new revision (a file was opened) replaces the text; the user's edits never come back here.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || revision === shownRevision.current) return;
    shownRevision.current = revision;
    const model = editor.getModel()!;
    // An edit not sent yet is superseded by the new text.
    if (frame.current !== undefined) {
      cancelAnimationFrame(frame.current);
      frame.current = undefined;
    }
    stopLoading.current?.();
    if (model.getValue() === text) {
      setLoading(false);
      replacing.current = false;
      editor.updateOptions({ readOnly: false });
      return;
    }
    // Typing is held while a big text arrives in slices; its edits are not the user's.
    replacing.current = true;
    editor.updateOptions({ readOnly: true });
    setLoading(true);
    stopLoading.current = replaceText(model, text, () => {
      stopLoading.current = undefined;
      replacing.current = false;
      editor.updateOptions({ readOnly: false });
      setLoading(false);
    });
    // Another text starts at its top-left corner: the cursor and the horizontal scroll of the old
    // one (a long line's end) would hide the new text's first columns.
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.setScrollPosition({ scrollTop: 0, scrollLeft: 0 }, setup.monaco.editor.ScrollType.Immediate);
  }, [revision, text, setup]);

  useEffect(() => () => stopLoading.current?.(), []);

  const linkRules = onOpenRule !== undefined;
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!model || loading) return;
    const specs = toMarkers(issues, diagnostics, {
      lineCount: model.getLineCount(),
      lineMaxColumn: (line) => model.getLineMaxColumn(line),
    });
    findings.current.clear();
    const markers = specs.map((spec) => {
      const marker = setup.toMarkerData(spec, model, linkRules);
      if (spec.diagnostic) findings.current.set(setup.markerKey(marker), spec.diagnostic);
      return marker;
    });
    setup.monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }, [issues, diagnostics, linkRules, setup, loading]);

  // The unread parts, greyed out. Decorations move with edits until the next import replaces them.
  const unreadDecorations = useRef<ReturnType<Editor['createDecorationsCollection']> | undefined>(undefined);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || loading) return;
    unreadDecorations.current ??= editor.createDecorationsCollection();
    unreadDecorations.current.set(unread.map((part) => unreadDecoration(part)));
  }, [unread, loading]);

  useImperativeHandle(ref, () => ({
    selectLine(line: number) {
      const editor = editorRef.current;
      if (!editor) return;
      select(editor, line);
      editor.focus();
    },
  }));

  return <div ref={host} className="sql-editor__monaco" data-testid="sql-editor" />;
}

/** A greyed-out range (editor.css `.sql-editor__unread`) whose hover says why it is not read. */
function unreadDecoration(part: UnreadPart) {
  return {
    range: { startLineNumber: part.line, startColumn: part.column, endLineNumber: part.endLine, endColumn: part.endColumn },
    options: {
      inlineClassName: 'sql-editor__unread',
      hoverMessage: { value: part.reason },
      // Text typed at either edge is not part of the unread range (it may be the Up part's).
      stickiness: 1,
    },
  };
}

const SEVERITY_NAMES: Record<number, 'error' | 'warn' | 'info' | 'hint'> = { 8: 'error', 4: 'warn', 2: 'info', 1: 'hint' };

type Editor = ReturnType<Setup['monaco']['editor']['create']>;

function select(editor: Editor, line: number): void {
  const model = editor.getModel();
  if (!model) return;
  const at = Math.min(Math.max(1, line), model.getLineCount());
  editor.setSelection({ startLineNumber: at, startColumn: 1, endLineNumber: at, endColumn: model.getLineMaxColumn(at) });
  editor.revealLineInCenterIfOutsideViewport(at);
}

/** The text before Monaco is there: read-only while it loads, editable if it failed to load. */
function PlainSource({
  text,
  revision,
  onEdit,
  editable,
  pendingLine,
  ref,
}: SqlEditorProps & { editable: boolean; pendingLine: { current: number | undefined } }) {
  const area = useRef<HTMLTextAreaElement>(null);

  useImperativeHandle(ref, () => ({
    selectLine(line: number) {
      const element = area.current;
      if (!element) return;
      if (!editable) pendingLine.current = line;
      const { start, end } = lineSpan(element.value, line);
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 18;
      element.scrollTop = Math.max(0, (line - 1) * lineHeight - element.clientHeight / 3);
    },
  }));

  return (
    <textarea
      key={`${revision}:${editable}`}
      ref={area}
      className="sql-editor__text"
      aria-label="SQL source"
      // Read-only while Monaco loads, so a preview is enough; the whole text when it failed to.
      defaultValue={editable ? text : plainPreview(text)}
      readOnly={!editable}
      onChange={(event) => onEdit(event.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
    />
  );
}
