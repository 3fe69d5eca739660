/** The three severities the UI shows, for lint findings and parse issues alike. */
export type Severity = 'error' | 'warn' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warn: 'Warnings', info: 'Info' };

const RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** The more serious of two severities. */
export function worse(a: Severity | undefined, b: Severity): Severity {
  return a !== undefined && RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
