/**
 * The Patterns side panel: the selected table's patterns (or a hint to select one), then the
 * schema-level patterns (event store, outbox, idempotency keys). Which patterns could be turned
 * on is worked out in the worker, on the schema of the last derivation.
 */
import type { PatternOutcome } from '../../core/document/patterns';
import type { QualifiedName, Schema } from '../../core/model';
import type { PatternOptionsResponse } from '../../worker/protocol';
import { useApp } from '../store';
import { PatternToggles } from './PatternToggles';
import { usePatternOptions } from './use-pattern-options';

interface PatternsPanelProps {
  schema: Schema;
  outcomes: readonly PatternOutcome[];
  ask?: (target?: QualifiedName) => Promise<PatternOptionsResponse>;
}

function Section({ options, schema, target, outcomes }: { options?: PatternOptionsResponse; schema: Schema; target?: QualifiedName; outcomes: readonly PatternOutcome[] }) {
  if (!options) return <p className="pattern__description">Looking at what applies…</p>;
  return <PatternToggles patterns={options.patterns} applicability={options.applicability} schema={schema} target={target} outcomes={outcomes} />;
}

/** One table's pattern toggles (the inspector's Patterns section). */
export function TablePatterns({ schema, target, outcomes, ask }: { schema: Schema; target: QualifiedName; outcomes: readonly PatternOutcome[]; ask?: (target?: QualifiedName) => Promise<PatternOptionsResponse> }) {
  const options = usePatternOptions(ask, target, schema);
  return <Section options={options} schema={schema} target={target} outcomes={outcomes} />;
}

export function PatternsPanel({ schema, outcomes, ask }: PatternsPanelProps) {
  const selected = useApp((s) => s.selectedNode);
  const table = selected ? (schema.tables[selected] ?? schema.views[selected]) : undefined;
  const target = table ? { schema: table.schema, name: table.name } : undefined;
  const tableOptions = usePatternOptions(target ? ask : undefined, target, schema);
  const schemaOptions = usePatternOptions(ask, undefined, schema);
  return (
    <section className="patterns-panel" data-testid="patterns-panel" aria-label="Design patterns">
      <h3>{target ? `Patterns for ${target.schema === 'public' ? '' : `${target.schema}.`}${target.name}` : 'Table patterns'}</h3>
      {target ? (
        <Section options={tableOptions} schema={schema} target={target} outcomes={outcomes} />
      ) : (
        <p className="pattern__description">Select a table on the canvas to see the patterns that apply to it.</p>
      )}
      <h3>Schema patterns</h3>
      <Section options={schemaOptions} schema={schema} outcomes={outcomes} />
    </section>
  );
}
