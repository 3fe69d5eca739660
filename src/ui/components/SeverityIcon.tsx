import type { Severity } from '../lib/severity';

const LABEL: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** The severity as a small coloured shape: a disc with a cross, a triangle, a disc with an i. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-icon--${severity}`} viewBox="0 0 16 16" role="img" aria-label={LABEL[severity]}>
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" className="severity-icon__mark" />
        </>
      )}
      {severity === 'warn' && (
        <>
          <path d="M8 1.5l7 12.5H1z" />
          <path d="M8 6v4M8 11.6v.2" className="severity-icon__mark" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M8 7v4.5M8 4.6v.2" className="severity-icon__mark" />
        </>
      )}
    </svg>
  );
}
