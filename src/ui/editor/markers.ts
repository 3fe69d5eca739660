/**
 * Pure helpers behind the SQL editor: parse issues and findings as Monaco markers, the fixes a
 * finding offers, and the "ignore this rule here" edit. Nothing here imports Monaco at run time,
 * so the main bundle (and the unit tests) can use it while Monaco loads in its own chunk.
 */
import type { ParseIssue } from '../../core/parse';
import type { Diagnostic, Fix } from '../../core/rules';

/** Monaco's `MarkerSeverity` values (editor.api: Hint 1, Info 2, Warning 4, Error 8). */
export const MARKER_SEVERITY = { error: 8, warn: 4, info: 2, hint: 1 } as const;
export type MarkerSeverityValue = (typeof MARKER_SEVERITY)[keyof typeof MARKER_SEVERITY];

/** The owner of the editor's markers (Monaco keeps markers per owner). */
export const MARKER_OWNER = 'schemawise';
/** Marker code of a parse issue (findings carry their rule id). */
export const SYNTAX_CODE = 'syntax';

/** The fields of Monaco's `IMarkerData` this app sets. */
export interface MarkerSpec {
  severity: MarkerSeverityValue;
  message: string;
  source: string;
  /** Rule id, or `syntax` for a parse issue. */
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  /** The finding behind the marker (undefined for a parse issue). */
  diagnostic?: Diagnostic;
}

/** Reads the current text's shape: how many lines, and the last column (1-based, after the last character) of a line. */
export interface TextShape {
  lineCount: number;
  lineMaxColumn(line: number): number;
}

export function textShape(text: string): TextShape {
  const lines = text.split('\n');
  return {
    lineCount: lines.length,
    lineMaxColumn: (line) => (lines[line - 1] ?? '').replace(/\r$/, '').length + 1,
  };
}

const ISSUE_SEVERITY: Record<ParseIssue['severity'], MarkerSeverityValue> = {
  error: MARKER_SEVERITY.error,
  warning: MARKER_SEVERITY.warn,
  // A note says how the file was read, nothing failed: Monaco's quiet hint (dots at its start),
  // not a blue underline over a whole statement.
  info: MARKER_SEVERITY.hint,
};

/**
 * Markers for the parse issues and findings of an import. Positions are clamped to `shape` (the
 * text may have changed since the import ran). A finding is underlined from its position to the
 * end of its source range when that range ends on the same line, else to the end of the line; a
 * finding without source (line 0: added by a design edit) has no marker.
 */
export function toMarkers(issues: readonly ParseIssue[], diagnostics: readonly Diagnostic[], shape: TextShape): MarkerSpec[] {
  const markers: MarkerSpec[] = [];
  const clampLine = (line: number) => Math.min(Math.max(1, line), shape.lineCount);
  const clampColumn = (line: number, column: number) => Math.min(Math.max(1, column), shape.lineMaxColumn(line));

  for (const issue of issues) {
    const line = clampLine(issue.line);
    const column = clampColumn(line, issue.column);
    const endLine = clampLine(Math.max(issue.endLine, line));
    let endColumn = clampColumn(endLine, issue.endColumn);
    // An empty range is widened by Monaco to the word at the position; an issue with no column at all
    // (whole statement) is underlined to the end of its first line instead.
    if (endLine === line && endColumn < column) endColumn = column;
    markers.push({
      severity: ISSUE_SEVERITY[issue.severity],
      message: issue.message,
      source: 'PostgreSQL parser',
      code: SYNTAX_CODE,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: endLine,
      endColumn,
    });
  }

  for (const diagnostic of diagnostics) {
    if (diagnostic.line <= 0 || diagnostic.line > shape.lineCount) continue;
    const line = diagnostic.line;
    const column = clampColumn(line, diagnostic.column);
    const source = diagnostic.source;
    const endColumn =
      source && source.endLine === line && source.endColumn > column
        ? clampColumn(line, source.endColumn)
        : shape.lineMaxColumn(line);
    markers.push({
      severity: MARKER_SEVERITY[diagnostic.severity],
      message: diagnostic.help ? `${diagnostic.message}\n${diagnostic.help}` : diagnostic.message,
      source: MARKER_OWNER,
      code: diagnostic.ruleId,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.max(endColumn, column),
      diagnostic,
    });
  }
  return markers;
}

/**
 * The fixes a finding offers, in the order of `fixIndex` in `onApplyFix(diagnostic, fixIndex)`:
 * its `fix` first (when it has one), then its `suggestions`.
 */
export function fixesOf(diagnostic: Diagnostic): Fix[] {
  return [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])];
}

/** A text edit on 1-based lines and columns (Monaco's range convention). */
export interface LineEdit {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  text: string;
}

const LINE_IGNORE = /^(\s*--\s*schemawise-ignore\s+[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;

/**
 * The edit that silences `diagnostic` for its statement: `-- schemawise-ignore <rule-id>` on the
 * line before the statement (indented like it), or the rule added to an ignore comment already
 * there. `lines` is the current text split on '\n'.
 */
export function ignoreEdit(lines: readonly string[], diagnostic: Pick<Diagnostic, 'ruleId' | 'line' | 'source'>): LineEdit | undefined {
  const statementLine = diagnostic.source?.statementLine ?? diagnostic.line;
  if (statementLine <= 0 || statementLine > lines.length) return undefined;
  const above = lines[statementLine - 2]?.replace(/\r$/, '');
  const match = above === undefined ? null : LINE_IGNORE.exec(above);
  if (above !== undefined && match) {
    const kept = match[1]!;
    return {
      startLineNumber: statementLine - 1,
      startColumn: kept.length + 1,
      endLineNumber: statementLine - 1,
      endColumn: above.length + 1,
      text: `, ${diagnostic.ruleId}`,
    };
  }
  const indent = /^\s*/.exec(lines[statementLine - 1] ?? '')![0];
  return {
    startLineNumber: statementLine,
    startColumn: 1,
    endLineNumber: statementLine,
    endColumn: 1,
    text: `${indent}-- schemawise-ignore ${diagnostic.ruleId}\n`,
  };
}
