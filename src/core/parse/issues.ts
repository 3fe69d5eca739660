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
  /**
   * The text from here to its end was not read as statements (an unterminated comment, quote or
   * dollar quote runs to the end). A model from such a text lacks everything after this point,
   * so it must not be compared with another as if it were whole: `diff` refuses.
   */
  truncates?: true;
}

/** The issues that leave the rest of a text unread (see ParseIssue.truncates). */
export function truncatingIssues(issues: readonly ParseIssue[]): ParseIssue[] {
  return issues.filter((issue) => issue.truncates);
}
