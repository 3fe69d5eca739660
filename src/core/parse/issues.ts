export type IssueSeverity = 'error' | 'warning' | 'info';

/** Something the import could not read, or read with reservations. Lines and columns are 1-based. */
export interface ParseIssue {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: IssueSeverity;
  message: string;
  /** The statement's node type (e.g. `CreateStmt`) when it parsed. */
  statementKind?: string;
}
