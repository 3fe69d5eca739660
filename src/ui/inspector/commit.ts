/**
 * The inspector's way to run a design command: SQL the user typed (a type, a default, a check, a
 * predicate) is first read by Postgres's parser in the check worker, then the command runs; the
 * answer is the message to show under the field, or undefined when the edit was made.
 */
import type { TypeRef } from '../../core/model';
import { attempt } from '../commands/execute';
import type { CommandArgs, CommandId } from '../commands/types';
import { checkSql } from '../design/check-client';
import type { FragmentKind } from '../../core/parse/fragment';
import { DesignError } from '../design/errors';
import { currentTarget } from '../design/target';
import { resolveType } from '../design/type-names';
import { useApp } from '../store';

export function run<K extends CommandId>(id: K, args: CommandArgs[K]): string | undefined {
  return (attempt as (id: K, args: CommandArgs[K]) => { error?: string })(id, args).error;
}

/** The type typed, parsed and resolved against the schema as designed. */
export async function parseType(text: string): Promise<{ type: TypeRef } | { error: string }> {
  const reply = await checkSql('type', text);
  if (!reply.ok) return { error: reply.error };
  try {
    return { type: resolveType(currentTarget(useApp.getState().document), reply.type!) };
  } catch (error) {
    if (error instanceof DesignError) return { error: error.message };
    throw error;
  }
}

/** An expression or condition, in the canonical form the model keeps. */
export async function parseSql(kind: Exclude<FragmentKind, 'type'>, text: string): Promise<{ sql: string } | { error: string }> {
  const reply = await checkSql(kind, text);
  return reply.ok ? { sql: reply.sql! } : { error: reply.error };
}
