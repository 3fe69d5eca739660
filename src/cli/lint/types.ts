import type { ParseIssue } from '../../core/parse';
import type { Diagnostic } from '../../core/rules';

/** One linted file: what the parser and the rules found in it. */
export interface LintedFile {
  name: string;
  parseIssues: ParseIssue[];
  diagnostics: Diagnostic[];
}
