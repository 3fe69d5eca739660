/**
 * The warning for SQL a DO block or called function built at run time and the import followed:
 * a loop that made 18 `CREATE POLICY tenant_isolation ON <table>` is said once, as the loop (with
 * its line) and what it made (statement kind, names, tables), not as 18 repeated lines. Every
 * table and object it touched is named, up to a limit; the import result's `followedCode` keeps
 * each statement's text.
 */
import type { Node } from '@pgsql/types';
import { type Fields, listName, nodeKind, stringValue, unwrap } from '../ast';

/** One statement run by followed code, as the warning tells it. */
export interface FollowedStatement {
  /** The loop that ran it, `FOREACH t IN ARRAY targets (line 9, run 2 times)`; undefined for an EXECUTE outside loops. */
  loop?: string;
  /** The EXECUTE's line (in the script for a DO block, in the body for a function). */
  line: number;
  /** `CREATE POLICY`, `CREATE TABLE`, `ALTER TABLE ... ENABLE ROW LEVEL SECURITY`. */
  tag: string;
  /** The object it makes or names (a table created, a policy, an index), if any. */
  name?: string;
  /** The table it is on (a policy's, an index's, an altered table), if any. */
  on?: string;
}

/** How many names a list shows before "and N more". */
const SHOWN = 30;

const ALTER_ACTIONS: Record<string, string> = {
  AT_EnableRowSecurity: 'ENABLE ROW LEVEL SECURITY',
  AT_ForceRowSecurity: 'FORCE ROW LEVEL SECURITY',
  AT_DisableRowSecurity: 'DISABLE ROW LEVEL SECURITY',
  AT_AddColumn: 'ADD COLUMN',
  AT_DropColumn: 'DROP COLUMN',
  AT_AddConstraint: 'ADD CONSTRAINT',
  AT_AttachPartition: 'ATTACH PARTITION',
  AT_DetachPartition: 'DETACH PARTITION',
  AT_ChangeOwner: 'OWNER TO',
};

function relation(rv: Fields | undefined): string | undefined {
  if (!rv?.relname) return undefined;
  return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : String(rv.relname);
}

function qualified(nodes: Node[] | undefined): string | undefined {
  const { schema, name } = listName(nodes);
  return name ? (schema ? `${schema}.${name}` : name) : undefined;
}

/** The command's tag and objects, read from its parse tree; the text's first words otherwise. */
export function describeStatement(stmt: Node, text: string): Omit<FollowedStatement, 'loop' | 'line'> {
  const kind = nodeKind(stmt) ?? '';
  const f = unwrap(stmt) ?? {};
  switch (kind) {
    case 'CreateStmt':
      return { tag: f.partbound ? 'CREATE TABLE ... PARTITION OF' : 'CREATE TABLE', name: relation(f.relation), on: f.partbound ? relation(unwrap(f.inhRelations?.[0], 'RangeVar')) : undefined };
    case 'IndexStmt':
      return { tag: f.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX', name: f.idxname, on: relation(f.relation) };
    case 'CreatePolicyStmt':
      return { tag: 'CREATE POLICY', name: f.policy_name, on: relation(f.table) };
    case 'CreateTrigStmt':
      return { tag: 'CREATE TRIGGER', name: f.trigname, on: relation(f.relation) };
    case 'ViewStmt':
      return { tag: 'CREATE VIEW', name: relation(f.view) };
    case 'CreateTableAsStmt':
      return { tag: f.objtype === 'OBJECT_MATVIEW' ? 'CREATE MATERIALIZED VIEW' : 'CREATE TABLE AS', name: relation(f.into?.rel) };
    case 'CreateFunctionStmt':
      return { tag: f.is_procedure ? 'CREATE PROCEDURE' : 'CREATE FUNCTION', name: qualified(f.funcname) };
    case 'CreateSchemaStmt':
      return { tag: 'CREATE SCHEMA', name: f.schemaname };
    case 'CreateSeqStmt':
      return { tag: 'CREATE SEQUENCE', name: relation(f.sequence) };
    case 'AlterTableStmt': {
      const actions = [...new Set(((f.cmds as Node[] | undefined) ?? []).map((c) => ALTER_ACTIONS[unwrap(c, 'AlterTableCmd')?.subtype] ?? ''))];
      const object = String(f.objtype ?? 'OBJECT_TABLE').replace(/^OBJECT_/, '').replace('MATVIEW', 'MATERIALIZED VIEW').replace('_', ' ');
      const action = actions.length === 1 && actions[0] ? ` ... ${actions[0]}` : '';
      return { tag: `ALTER ${object}${action}`, on: relation(f.relation) };
    }
    case 'CommentStmt':
      return { tag: `COMMENT ON ${String(f.objtype ?? '').replace(/^OBJECT_/, '').replace('_', ' ')}`.trim() };
    case 'DropStmt':
      return { tag: `DROP ${String(f.removeType ?? '').replace(/^OBJECT_/, '').replace('_', ' ')}`.trim(), name: ((f.objects as Node[] | undefined) ?? []).map((o) => qualified(unwrap(o, 'List')?.items) ?? stringValue(o)).filter(Boolean).join(', ') || undefined };
    default:
      return { tag: text.trim().split(/\s+/).slice(0, 2).join(' ').toUpperCase() };
  }
}

function list(names: string[]): string {
  const shown = names.slice(0, SHOWN).join(', ');
  return names.length > SHOWN ? `${shown} and ${names.length - SHOWN} more` : shown;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/**
 * `18 ALTER TABLE ... ENABLE ROW LEVEL SECURITY and 18 CREATE POLICY tenant_isolation, on t1, t2`:
 * statements of one tag each, those of consecutive tags on the same tables said together.
 */
function describeTags(made: FollowedStatement[]): string {
  const byTag = new Map<string, FollowedStatement[]>();
  for (const s of made) byTag.set(s.tag, [...(byTag.get(s.tag) ?? []), s]);
  const parts: { heads: string[]; on: string[] }[] = [];
  for (const [tag, group] of byTag) {
    const names = distinct(group.map((s) => s.name));
    const head = `${group.length} ${tag}${names.length > 0 ? ` ${list(names)}` : ''}`;
    const on = distinct(group.map((s) => s.on));
    const last = parts.at(-1);
    if (last && on.length > 0 && on.join('\0') === last.on.join('\0')) last.heads.push(head);
    else parts.push({ heads: [head], on });
  }
  return parts.map(({ heads, on }) => `${heads.join(' and ')}${on.length === 0 ? '' : `${heads.length > 1 ? ',' : ''} on ${list(on)}`}`).join('; ');
}

/** A loop's header as the warning names it, its expression cut short when long. */
export function loopHeader(header: string): string {
  return header.length > 80 ? `${header.slice(0, 77)}...` : header;
}

/**
 * The warning's text after `<context> runs SQL built at run time; it was followed and applied: `.
 * `lineSuffix` says whose lines they are (` of its body` for a function; nothing for a script's).
 */
export function summarizeFollowed(statements: FollowedStatement[], lineSuffix: string): string {
  const byOrigin = new Map<string, FollowedStatement[]>();
  for (const s of statements) byOrigin.set(s.loop ?? '', [...(byOrigin.get(s.loop ?? '') ?? []), s]);
  return [...byOrigin].map(([loop, made]) => {
    const lines = [...new Set(made.map((s) => s.line))];
    const origin = loop ? `The loop ${loop}` : `EXECUTE at ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${lineSuffix}`;
    return `${origin} made ${plural(made.length, 'statement')}: ${describeTags(made)}`;
  }).join('. ');
}
