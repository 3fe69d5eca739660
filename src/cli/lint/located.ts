/**
 * One input's import issues and findings as the files they are in. A migration folder is read as
 * one script (io.ts), so its lines are the joined script's: each issue and finding is moved to
 * its own file and line there, so that `file:line:col` opens the right place (editors, CI
 * annotations, SARIF). A plain file is one LintedFile, as it is.
 */
import type { ParseIssue } from '../../core/parse';
import type { Diagnostic } from '../../core/rules';
import { importProblems, locate, type Input } from '../io';
import type { LintedFile } from './types';

export function lintedFiles(input: Pick<Input, 'name' | 'locate'>, issues: readonly ParseIssue[], diagnostics: readonly Diagnostic[], withNotes = false): LintedFile[] {
  // Info notes (how a file was read: a migration's Down part left out, a view column's type
  // unknown) go only to the outputs that carry a severity per issue (json, sarif).
  const parseIssues = withNotes ? [...issues].sort((a, b) => a.line - b.line || a.column - b.column) : importProblems(issues);
  if (!input.locate) return [{ name: input.name, parseIssues, diagnostics: [...diagnostics] }];
  // Each file with the first line of it in the joined script: files listed in migration order.
  const files = new Map<string, { file: LintedFile; first: number }>();
  const fileOf = (name: string, line: number): LintedFile => {
    let entry = files.get(name);
    if (!entry) files.set(name, (entry = { file: { name, parseIssues: [], diagnostics: [] }, first: line }));
    entry.first = Math.min(entry.first, line);
    return entry.file;
  };
  // Findings without a source (line 0) stay with the folder: there is no file to point at.
  const moved = <T extends { line: number }>(item: T): [LintedFile, T] => {
    if (item.line <= 0) return [fileOf(input.name, Infinity), item];
    const at = locate(input, item.line);
    return [fileOf(at.name, item.line), { ...item, line: at.line }];
  };
  for (const issue of parseIssues) {
    const [file, at] = moved(issue);
    file.parseIssues.push(at);
  }
  for (const diagnostic of diagnostics) {
    const [file, at] = moved(diagnostic);
    file.diagnostics.push(at);
  }
  return [...files.values()].sort((a, b) => a.first - b.first).map((entry) => entry.file);
}
