import { useEffect, useLayoutEffect, useRef } from 'react';
import { plainPreview } from '../lib/text-lines';
import { useMonaco } from './load-monaco';
import type * as MonacoSetup from './monaco';
import './editor.css';

/** Lines of generated SQL to mark (a hazardous statement, say), with the text shown on hover. */
export interface SqlHighlight {
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  severity: 'danger' | 'warn' | 'info';
  /** Markdown, shown when the pointer is over the lines or their mark in the margin. */
  hover: string;
}

export interface SqlViewerProps {
  text: string;
  highlights?: readonly SqlHighlight[];
  /** Accessible name of the viewer (e.g. "Up migration"). */
  label?: string;
  /** Sets `data-testid` and registers `window.__schemawiseViewers[testId]` for end-to-end tests. */
  testId?: string;
  className?: string;
}

/** What `window.__schemawiseViewers[testId]` offers (Monaco renders only the visible lines). */
export interface SqlViewerTestHook {
  getValue(): string;
  getHighlights(): { startLine: number; endLine: number; severity: SqlHighlight['severity'] }[];
}

declare global {
  interface Window {
    /** Mounted read-only SQL viewers by test id, for end-to-end tests. */
    __schemawiseViewers?: Record<string, SqlViewerTestHook>;
  }
}

const NO_HIGHLIGHTS: readonly SqlHighlight[] = [];

/**
 * Read-only SQL (generated migrations, the target DDL) in Monaco, with highlighted line ranges.
 * Fills its parent (give the parent a height); shows the text as plain preformatted text while
 * Monaco loads.
 */
export function SqlViewer({ text, highlights = NO_HIGHLIGHTS, label = 'SQL', testId, className }: SqlViewerProps) {
  const monaco = useMonaco();
  return (
    <div
      className={className ? `sql-viewer nokey ${className}` : 'sql-viewer nokey'}
      data-testid={testId}
      data-editor={monaco.status}
      role="region"
      aria-label={label}
    >
      {monaco.status === 'ready' ? (
        <MonacoViewer setup={monaco.module} text={text} highlights={highlights} label={label} testId={testId} />
      ) : (
        <pre className="sql-viewer__text" tabIndex={0}>
          {monaco.status === 'failed' ? text : plainPreview(text)}
        </pre>
      )}
    </div>
  );
}

type Setup = typeof MonacoSetup;
type Editor = ReturnType<Setup['monaco']['editor']['create']>;
type Decorations = ReturnType<Editor['createDecorationsCollection']>;

const GLYPH: Record<SqlHighlight['severity'], string> = {
  danger: 'codicon-error',
  warn: 'codicon-warning',
  info: 'codicon-info',
};
/** Overview ruler colours (the theme's --error, --warn, --info). */
const RULER: Record<SqlHighlight['severity'], string> = { danger: '#cc3333', warn: '#b36b00', info: '#2f6fde' };

function MonacoViewer({
  setup,
  text,
  highlights,
  label,
  testId,
}: { setup: Setup; text: string; highlights: readonly SqlHighlight[]; label: string; testId: string | undefined }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const decorations = useRef<Decorations | null>(null);
  const initialText = useRef(text);
  /** The highlights drawn, in the order of the decorations. */
  const applied = useRef<readonly SqlHighlight[]>([]);

  useLayoutEffect(() => {
    const editor = setup.monaco.editor.create(host.current!, {
      ...setup.baseOptions(),
      value: initialText.current,
      ariaLabel: label,
      readOnly: true,
      domReadOnly: true,
      glyphMargin: true,
      renderValidationDecorations: 'off',
      renderLineHighlight: 'none',
      lineNumbersMinChars: 3,
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    return () => {
      decorations.current = null;
      editorRef.current = null;
      editor.dispose();
    };
  }, [setup]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label });
  }, [label]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== text) model.setValue(text);
  }, [text]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!model || !decorations.current) return;
    const lineCount = model.getLineCount();
    const { OverviewRulerLane } = setup.monaco.editor;
    applied.current = highlights.filter((h) => h.startLine >= 1 && h.startLine <= lineCount);
    decorations.current.set(
      applied.current.map((h) => {
        const endLine = Math.min(Math.max(h.endLine, h.startLine), lineCount);
        const hover = { value: h.hover };
        return {
          range: { startLineNumber: h.startLine, startColumn: 1, endLineNumber: endLine, endColumn: model.getLineMaxColumn(endLine) },
          options: {
            isWholeLine: true,
            className: `sql-highlight sql-highlight--${h.severity}`,
            glyphMarginClassName: `codicon ${GLYPH[h.severity]} sql-glyph sql-glyph--${h.severity}`,
            hoverMessage: hover,
            glyphMarginHoverMessage: hover,
            overviewRuler: { color: RULER[h.severity], position: OverviewRulerLane.Left },
          },
        };
      }),
    );
  }, [highlights, text, setup]);

  useEffect(() => {
    if (!testId) return;
    const hook: SqlViewerTestHook = {
      getValue: () => editorRef.current?.getModel()?.getValue() ?? '',
      getHighlights: () => {
        const ranges = decorations.current?.getRanges() ?? [];
        return ranges.map((range, i) => ({
          startLine: range.startLineNumber,
          endLine: range.endLineNumber,
          severity: applied.current[i]?.severity ?? 'info',
        }));
      },
    };
    const viewers = (window.__schemawiseViewers ??= {});
    viewers[testId] = hook;
    return () => {
      if (viewers[testId] === hook) delete viewers[testId];
    };
  }, [testId]);

  return <div ref={host} className="sql-viewer__monaco" />;
}
