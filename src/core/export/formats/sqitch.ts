/**
 * Sqitch: one change per segment, `deploy/<change>.sql`, `revert/<change>.sql`,
 * `verify/<change>.sql`, and `sqitch.plan` (header, then one line per change).
 *
 * Documented behaviour relied on (sqitch docs and its PostgreSQL templates, etc/templates):
 * - Sqitch runs scripts with psql and opens no transaction itself: the pg deploy/revert templates
 *   wrap the DDL in `BEGIN; ... COMMIT;`, the verify template in `BEGIN; ... ROLLBACK;`. A change
 *   whose statement cannot run in a transaction simply leaves BEGIN/COMMIT out;
 * - on failure `sqitch deploy` reverts the changes it deployed, and `--mode change` assumes "a
 *   change is atomic" (sqitch-deploy): so a change is one transaction or one non-transactional
 *   statement, never a mix;
 * - plan file: pragmas `%syntax-version=1.0.0` and `%project=<name>` in the header, a blank line,
 *   then `change [dependencies] YYYY-MM-DDTHH:MM:SSZ Planner Name <email> # note`; each change of
 *   a split plan requires the previous one (`[previous]`), as `sqitch add --requires` writes it.
 *   When appending to an existing plan, copy only the change lines.
 * Verify scripts check what can fail silently: a concurrent index build that left an INVALID
 * index, an enum value that was not added; other changes get the template's placeholder.
 */
import type { MigrationPlan, PlannedStatement } from '../../sql';
import { exportTimestamp, isoTimestamp, safeName, segmentName } from '../naming';
import { downHeader, notesHeader, oneLine, partSql, upHeader } from '../render';
import { quoteLiteral, sqlComment } from '../../sql/safe-text';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`;
const CREATE_INDEX = new RegExp(String.raw`^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})\s+ON\s+(?:ONLY\s+)?(?:(${IDENT})\.)?${IDENT}`, 'i');
/** A string literal as quoteLiteral writes it: '...' or, with backslashes, E'...'. */
const LITERAL = String.raw`(?:E'(?:[^'\\]|''|\\[\s\S])*'|'(?:[^']|'')*')`;
const ADD_VALUE = new RegExp(String.raw`^\s*ALTER\s+TYPE\s+((?:${IDENT}\.)?${IDENT})\s+ADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${LITERAL})`, 'i');

/** A query that fails unless the statement took effect, or undefined. */
function verification(statement: PlannedStatement): string | undefined {
  const index = CREATE_INDEX.exec(statement.sql);
  if (index) {
    const name = index[2] ? `${index[2]}.${index[1]!}` : index[1]!;
    return `${sqlComment(`${statement.description}: the index exists and is valid.`)}\nSELECT 1 / COUNT(*) FROM pg_catalog.pg_index WHERE indexrelid = ${quoteLiteral(name)}::regclass AND indisvalid;`;
  }
  const value = ADD_VALUE.exec(statement.sql);
  if (value) {
    return `${sqlComment(`${statement.description}: the label exists.`)}\nSELECT 1 / COUNT(*) FROM pg_catalog.pg_enum WHERE enumtypid = ${quoteLiteral(value[1]!)}::regtype AND enumlabel = ${value[2]!};`;
  }
  return undefined;
}

function planner(author: string | undefined): string {
  const match = /^\s*(.+?)\s*<([^<>\s]+)>\s*$/.exec(author ?? '');
  if (match) return `${oneLine(match[1]!)} <${oneLine(match[2]!)}>`;
  const name = oneLine(author ?? '') || 'Schemawise';
  return `${name} <${safeName(name).toLowerCase()}@localhost>`;
}

export function exportSqitch(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const base = safeName(options.name);
  const name = /^[A-Za-z_]/.test(base) ? base : `change_${base}`;
  const project = options.project ? safeName(options.project) : name;
  const segments = segmentPlan(plan);
  const stamp = isoTimestamp(exportTimestamp(options));
  const who = planner(options.author);
  const files: ExportedFile[] = [];
  const planLines = ['%syntax-version=1.0.0', `%project=${project}`, ''];
  let previous: string | undefined;
  for (const segment of segments) {
    const change = segmentName(name, segment.index, segments.length);
    const tx = 'BEGIN/COMMIT below';
    const alone = 'no BEGIN/COMMIT: psql runs it on its own';
    const deployHeader = [sqlComment(`Deploy ${project}:${change} to pg`), ...(previous ? [sqlComment(`requires: ${previous}`)] : []), '', ...upHeader(segment, segments.length, name, segment.upTransactional ? tx : alone), ...(segment.index === 1 ? notesHeader(plan) : [])];
    files.push({ path: `deploy/${change}.sql`, content: partSql(segment.up, segment.upTransactional, options, { explicitTransaction: true, header: deployHeader }) });
    const downTransactional = segment.downTransactional || segment.down.length === 0;
    const revertHeader = [sqlComment(`Revert ${project}:${change} from pg`), '', ...downHeader(segment, segments.length, name, downTransactional ? tx : alone)];
    files.push({ path: `revert/${change}.sql`, content: partSql(segment.down, downTransactional, options, { explicitTransaction: true, header: revertHeader }) });
    const checks = segment.up.map(verification).filter((v): v is string => v !== undefined);
    const verify = [sqlComment(`Verify ${project}:${change} on pg`), '', 'BEGIN;', '', ...(checks.length > 0 ? checks.join('\n\n').split('\n') : [sqlComment('XXX Add verifications here.')]), '', 'ROLLBACK;'];
    files.push({ path: `verify/${change}.sql`, content: `${verify.join('\n')}\n` });
    const note = segment.up.length === 1 ? oneLine(segment.up[0]!.description) : `${name}: part ${segment.index} of ${segments.length}`;
    planLines.push(`${change} ${previous ? `[${previous}] ` : ''}${stamp} ${who} # ${note}`);
    previous = change;
  }
  files.push({ path: 'sqitch.plan', content: `${planLines.join('\n')}\n` });
  return files;
}
