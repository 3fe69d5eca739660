import { useEffect, useRef, useState } from 'react';
import type { DeriveResponse } from '../../worker/protocol';
import { useApp } from '../store';
import { DeriveClient } from './derive-client';

export interface DerivedState {
  /** The latest finished derivation; kept while a newer one runs (and when one fails). */
  result?: DeriveResponse;
  error?: string;
  /** A derivation is running or waiting (or the saved document is still being read). */
  busy: boolean;
}

/**
 * Derives the document in the worker whenever a part the derivation reads changes (moving a
 * table on the canvas derives nothing).
 */
export function useDerived(): DerivedState {
  const hydrated = useApp((s) => s.hydrated);
  const sourceSql = useApp((s) => s.document.sourceSql);
  const sourceName = useApp((s) => s.document.sourceName);
  const edits = useApp((s) => s.document.edits);
  const patterns = useApp((s) => s.document.patterns);
  const ruleConfig = useApp((s) => s.document.ruleConfig);
  const allowDestructive = useApp((s) => s.allowDestructive);
  const [state, setState] = useState<DerivedState>({ busy: true });
  const client = useRef<DeriveClient | undefined>(undefined);

  useEffect(() => {
    const created = new DeriveClient((reply, idle) =>
      setState((previous) =>
        reply.type === 'derived' ? { result: reply, busy: !idle } : { result: previous.result, error: reply.message, busy: !idle },
      ),
    );
    client.current = created;
    return () => {
      created.dispose();
      client.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!hydrated) return;
    setState((previous) => (previous.busy ? previous : { ...previous, busy: true }));
    const document = { version: 1 as const, sourceName, sourceSql, edits, patterns, ...(ruleConfig ? { ruleConfig } : {}) };
    client.current?.request({ document, allowDestructive });
  }, [hydrated, sourceSql, sourceName, edits, patterns, ruleConfig, allowDestructive]);

  return state;
}
