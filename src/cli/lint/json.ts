/** Machine output: one object with every diagnostic and parse issue (each naming its file). */
import type { LintedFile } from './types';

export function formatJson(files: LintedFile[]): string {
  const output = {
    diagnostics: files.flatMap((file) =>
      file.diagnostics.map((d) => ({ file: file.name, ruleId: d.ruleId, severity: d.severity, message: d.message, help: d.help, target: d.target, line: d.line, column: d.column })),
    ),
    parseIssues: files.flatMap((file) =>
      file.parseIssues.map((i) => ({ file: file.name, line: i.line, column: i.column, severity: i.severity, message: i.message })),
    ),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
