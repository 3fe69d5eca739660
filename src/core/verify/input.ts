/**
 * What a verification runs. Its own module, free of PGlite, so the page can name the scripts
 * without loading Postgres (which stays in the verify worker's chunk).
 */
import type { DatabaseFactory } from './session';

export interface VerifyInput {
  baselineSql: string;
  upSql: string;
  downSql?: string;
  /**
   * The schema the migration should produce: the user's own SQL where there is one (a target
   * file; the source followed by the design edits), else our print of the target model.
   */
  targetSql?: string;
  /**
   * Our print of the target model (printSchema). With `targetSql`, it must build the same
   * catalog (`reprintDifferences`); without, it is the target.
   */
  printedTargetSql?: string;
  /**
   * Where to run: a fresh, empty database per call (the baseline's and the target's). By default
   * a new PGlite with the contrib extensions the scripts create; tests pass a real server's.
   */
  database?: DatabaseFactory;
}

/** Every script of a verification (the extensions they create are loaded into its databases). */
export function verifyScripts(input: VerifyInput): string[] {
  return [input.baselineSql, input.upSql, input.downSql ?? '', input.targetSql ?? '', input.printedTargetSql ?? ''];
}
