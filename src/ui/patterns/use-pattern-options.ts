import { useEffect, useState } from 'react';
import type { QualifiedName } from '../../core/model';
import type { PatternOptionsResponse } from '../../worker/protocol';

/**
 * The patterns for `target` (or the schema) and whether each could be turned on, asked of the
 * worker again whenever a derivation finished (`version` changes) or the target changes.
 */
export function usePatternOptions(ask: ((target?: QualifiedName) => Promise<PatternOptionsResponse>) | undefined, target: QualifiedName | undefined, version: unknown): PatternOptionsResponse | undefined {
  const [options, setOptions] = useState<PatternOptionsResponse>();
  const key = target ? `${target.schema}.${target.name}` : '';
  useEffect(() => {
    if (!ask) return;
    let current = true;
    ask(target).then(
      (reply) => current && setOptions(reply),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // `target` is read through `key`: a new object for the same table asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, key, version]);
  return options && (options.target ? `${options.target.schema}.${options.target.name}` : '') === key ? options : undefined;
}
