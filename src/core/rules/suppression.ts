/**
 * Suppression comments in the SQL source:
 *   -- schemawise-ignore rule-a, rule-b      (on the line before the statement it applies to)
 *   -- schemawise-ignore-file rule-a         (anywhere: the whole file)
 * An ignore that suppresses nothing is itself reported, so stale ones do not pile up.
 */
export interface Ignore {
  /** 1-based line of the comment. */
  line: number;
  column: number;
  rules: string[];
  wholeFile: boolean;
  used: Set<string>;
}

const IGNORE = /--\s*schemawise-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g;

export function findIgnores(sourceText: string): Ignore[] {
  const ignores: Ignore[] = [];
  // Most files have none: one native search instead of a regular expression per line.
  if (!sourceText.includes('schemawise-ignore')) return ignores;
  const lines = sourceText.split('\n');
  lines.forEach((text, i) => {
    for (const match of text.matchAll(IGNORE)) {
      ignores.push({
        line: i + 1,
        column: (match.index ?? 0) + 1,
        rules: match[2]!.split(',').map((r) => r.trim()),
        wholeFile: Boolean(match[1]),
        used: new Set(),
      });
    }
  });
  return ignores;
}

/**
 * The ignore (if any) that covers a finding of `ruleId` on a statement starting at `line`: a
 * file-level one, or a line ignore directly above the statement (other comment lines between the
 * two are allowed).
 */
export function matchIgnore(ignores: Ignore[], lines: string[], ruleId: string, line: number): Ignore | undefined {
  for (const ignore of ignores) {
    if (!ignore.rules.includes(ruleId)) continue;
    if (ignore.wholeFile) return ignore;
    if (ignore.line >= line || line === 0) continue;
    let between = true;
    for (let l = ignore.line + 1; l < line; l++) {
      const text = (lines[l - 1] ?? '').trim();
      if (text !== '' && !text.startsWith('--')) {
        between = false;
        break;
      }
    }
    if (between) return ignore;
  }
  return undefined;
}
