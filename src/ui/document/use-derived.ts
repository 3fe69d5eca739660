import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeriveProgress, DeriveResponse } from '../../worker/protocol';
import { useApp, type AppState } from '../store';
import { DOCUMENT_VERSION } from '../../core/document/types';
import { setDerivedTarget } from '../design/target';
import { DeriveClient, type DeriveJob } from './derive-client';

export interface DerivedState {
  /** Asks the worker which patterns could be turned on for a table (or the schema). */
  patternOptions?: DeriveClient['patternOptions'];
  /** The latest finished derivation; kept while a newer one runs, dropped when one fails. */
  result?: DeriveResponse;
  error?: string;
  /** A derivation is running or waiting (or the saved document is still being read). */
  busy: boolean;
  /** How far the running derivation is, when it runs long enough to say (a big source). */
  progress?: DeriveProgress;
}

interface HeldState extends DerivedState {
  /** The document `result` was derived from. */
  resultKey?: number;
}

/** What the derivation reads of the app state; a change in any of these derives again. */
function deriveJob(s: AppState): DeriveJob {
  const { sourceName, sourceSql, edits, patterns, ruleConfig, importOptions, pgVersion } = s.document;
  return {
    // The target Postgres version decides what the planner writes and what it refuses.
    document: { version: DOCUMENT_VERSION, sourceName, sourceSql, edits, patterns, ...(ruleConfig ? { ruleConfig } : {}), ...(importOptions ? { importOptions } : {}), ...(pgVersion ? { pgVersion } : {}) },
    allowDestructive: s.allowDestructive,
    documentKey: s.documentKey,
  };
}

function sameInputs(a: AppState, b: AppState): boolean {
  const x = a.document;
  const y = b.document;
  return (
    a.hydrated === b.hydrated &&
    a.documentKey === b.documentKey &&
    x.sourceSql === y.sourceSql &&
    x.sourceName === y.sourceName &&
    x.edits === y.edits &&
    x.patterns === y.patterns &&
    x.ruleConfig === y.ruleConfig &&
    x.importOptions === y.importOptions &&
    x.pgVersion === y.pgVersion &&
    a.allowDestructive === b.allowDestructive
  );
}

/**
 * Derives the document in the worker whenever a part the derivation reads changes (moving a
 * table on the canvas derives nothing). The request goes from the store's own subscription, as
 * the change happens: a React effect would wait for the app to render and paint first, and the
 * worker can derive while the main thread renders.
 */
export function useDerived(): DerivedState {
  const [state, setState] = useState<HeldState>({ busy: true });
  const documentKey = useApp((s) => s.documentKey);
  const client = useRef<DeriveClient | undefined>(undefined);

  useEffect(() => {
    const created = new DeriveClient(
      (reply, idle, job) => {
        // Design commands plan against the latest target (and the edits made since it).
        if (reply.type === 'derived' && job) setDerivedTarget(reply.target, job.document.edits, job.documentKey);
        // A failed derivation shows nothing of the one before: its counts, findings and migration
        // belong to another text, and showing them would pass them off as this one's.
        setState(reply.type === 'derived' ? { result: reply, resultKey: job?.documentKey, busy: !idle } : { error: reply.message, busy: !idle });
      },
      (progress) => setState((previous) => ({ ...previous, progress })),
    );
    client.current = created;
    const request = (app: AppState): void => {
      if (!app.hydrated) return;
      setState((previous) => (previous.busy ? previous : { ...previous, busy: true }));
      created.request(deriveJob(app));
    };
    request(useApp.getState());
    const unsubscribe = useApp.subscribe((app, previous) => {
      if (!sameInputs(app, previous)) request(app);
    });
    return () => {
      unsubscribe();
      created.dispose();
      client.current = undefined;
    };
  }, []);

  const patternOptions = useCallback<DeriveClient['patternOptions']>(
    (target) => client.current?.patternOptions(target) ?? Promise.reject(new Error('the worker is not running')),
    [],
  );
  // Another document's derivation is not shown for this one (its findings, counts, migration):
  // until this one's arrives, there is none.
  const { resultKey, ...derived } = state;
  if (state.result && resultKey !== undefined && resultKey !== documentKey) return { ...derived, result: undefined, busy: true, patternOptions };
  return { ...derived, patternOptions };
}
