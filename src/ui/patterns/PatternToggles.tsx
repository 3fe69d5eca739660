/**
 * The design patterns for one table (or materialized view), or for the whole schema: a switch
 * per pattern, why it cannot apply when it cannot, its parameters when it is on, and whether it
 * applied. Turning a pattern off removes its application; the target is derived again without it.
 */
import { memo } from 'react';
import type { PatternOutcome } from '../../core/document/patterns';
import { samePatternTarget, type PatternApplication } from '../../core/document/types';
import { keyOf, type QualifiedName, type Schema } from '../../core/model';
import type { Applicability } from '../../core/patterns/types';
import type { PatternInfo } from '../../worker/protocol';
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { ParamField } from './ParamField';
import './patterns.css';

interface PatternTogglesProps {
  /** The patterns of the target's scope, as the worker describes them. */
  patterns: readonly PatternInfo[];
  /** Whether each pattern that is off could be turned on (worked out in the worker). */
  applicability: Readonly<Record<string, Applicability>>;
  /** The schema as designed (baseline + edits + patterns). */
  schema: Schema;
  /** The table or materialized view; absent for the schema-level patterns. */
  target?: QualifiedName;
  outcomes: readonly PatternOutcome[];
}

const EMPTY: PatternApplication[] = [];

function PatternRow({ pattern, applicability: checked, schema, target, application, outcome }: { pattern: PatternInfo; applicability?: Applicability; schema: Schema; target?: QualifiedName; application?: PatternApplication; outcome?: PatternOutcome }) {
  const on = application !== undefined;
  // An applied pattern is part of `schema`; asking it again whether it applies would ask the
  // wrong question, so only patterns that are off are checked (until the answer comes, allowed).
  const applicability = on || !checked ? { ok: true as const } : checked;
  const table = target ? schema.tables[keyOf(target)] : undefined;
  const params = { ...pattern.defaultParams, ...(application?.params ?? {}) } as Record<string, unknown>;
  const id = `pattern-${pattern.id}`;
  const failed = outcome && outcome.status !== 'applied';
  return (
    <li className={`pattern${on ? ' pattern--on' : ''}`} data-pattern={pattern.id} data-state={on ? (failed ? 'failed' : 'on') : applicability.ok ? 'off' : 'unavailable'}>
      <div className="pattern__head">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={!on && !applicability.ok}
          onChange={() => execute('toggle-pattern', { pattern: pattern.id, ...(target ? { target } : {}) })}
        />
        <label htmlFor={id} className="pattern__title">
          {pattern.title}
        </label>
      </div>
      <p className="pattern__description">{pattern.description}</p>
      {!on && !applicability.ok && <p className="pattern__reason">{applicability.reason}</p>}
      {failed && (
        <p className="pattern__reason" role="alert">
          Not applied: {outcome.message}
        </p>
      )}
      {on && pattern.params.length > 0 && (
        <div className="pattern__params">
          {pattern.params.map((spec) => (
            <ParamField
              key={spec.name}
              spec={spec}
              value={params[spec.name]}
              schema={schema}
              table={table}
              onChange={(value) => execute('set-pattern-params', { pattern: pattern.id, ...(target ? { target } : {}), params: { ...(application?.params ?? {}), [spec.name]: value } })}
            />
          ))}
        </div>
      )}
    </li>
  );
}

export const PatternToggles = memo(function PatternToggles({ patterns, applicability, schema, target, outcomes }: PatternTogglesProps) {
  const applications = useApp((s) => s.document.patterns) ?? EMPTY;
  const shown = patterns;
  if (shown.length === 0) return null;
  return (
    <ul className="patterns" aria-label={target ? `Patterns for ${target.name}` : 'Schema patterns'}>
      {shown.map((pattern) => {
        const probe = { pattern: pattern.id, ...(target ? { target } : {}) };
        const application = applications.find((a) => samePatternTarget(a, probe));
        const outcome = application ? outcomes.find((o) => samePatternTarget(o.application, probe)) : undefined;
        return <PatternRow key={pattern.id} pattern={pattern} applicability={applicability[pattern.id]} schema={schema} target={target} application={application} outcome={outcome} />;
      })}
    </ul>
  );
});
