/** What the status line says about long work: reading a file, then the derivation's steps. */
import type { DeriveProgress } from '../../worker/protocol';

export interface WorkProgress {
  label: string;
  /** Counted work (statements): a bar; absent: a step without a count. */
  done?: number;
  total?: number;
}

const STEPS: Record<Exclude<DeriveProgress['phase'], 'import'>, string> = {
  lint: 'Linting the schema…',
  plan: 'Planning the migration…',
  print: 'Writing the target DDL…',
};

/** The status of the work under way: a file being read, or the derivation's progress. */
export function workProgress(reading: string | undefined, progress: DeriveProgress | undefined): WorkProgress | undefined {
  if (reading) return { label: `Reading ${reading}…` };
  if (!progress) return undefined;
  if (progress.phase === 'import') {
    return { label: `Importing: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} statements`, done: progress.done, total: progress.total };
  }
  return { label: STEPS[progress.phase] };
}
