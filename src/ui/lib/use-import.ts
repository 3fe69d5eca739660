import { useEffect, useRef, useState } from 'react';
import type { ImportResponse } from '../../worker/protocol';
import { ImportClient } from '../import-client';

export interface ImportState {
  /** The latest finished import; kept while a newer one runs. */
  result?: ImportResponse;
  /** Set when the worker could not import (e.g. the parser failed to load). */
  error?: string;
  /** An import is running or waiting. */
  busy: boolean;
}

/** Imports `sql` in the worker whenever it changes. */
export function useImport(sql: string): ImportState {
  const [state, setState] = useState<ImportState>({ busy: true });
  const client = useRef<ImportClient | undefined>(undefined);

  useEffect(() => {
    const created = new ImportClient((reply, idle) =>
      setState((previous) =>
        reply.type === 'imported'
          ? { result: reply, busy: !idle }
          : { result: previous.result, error: reply.message, busy: !idle },
      ),
    );
    client.current = created;
    return () => {
      created.dispose();
      client.current = undefined;
    };
  }, []);

  useEffect(() => {
    setState((previous) => (previous.busy ? previous : { ...previous, busy: true }));
    client.current?.request(sql);
  }, [sql]);

  return state;
}
