/**
 * Domains and composite types changed in place where Postgres can (ALTER DOMAIN, ALTER TYPE ...
 * ATTRIBUTE), so the columns that use them stay; undefined when only replacing the type will do.
 */
import type { SchemaChange } from '../changes/types';
import type { CompositeType, DomainType, UserType } from '../model/types';
import { same } from './compare';

function diffDomain(a: DomainType, b: DomainType): SchemaChange[] | undefined {
  if (!same(a.baseType, b.baseType) || a.collation !== b.collation) return undefined;
  const type = { schema: b.schema, name: b.name };
  const changes: SchemaChange[] = [];
  const set: { default?: string | null; notNull?: boolean } = {};
  if (a.default !== b.default) set.default = b.default ?? null;
  if (a.notNull !== b.notNull) set.notNull = b.notNull;
  if (Object.keys(set).length > 0) changes.push({ kind: 'alter-domain', type, set });
  const before = new Map(a.checks.map((c) => [c.name, c]));
  const after = new Map(b.checks.map((c) => [c.name, c]));
  for (const [name, check] of before) if (!same(check, after.get(name))) changes.push({ kind: 'drop-domain-check', type, name });
  for (const [name, check] of after) if (!same(check, before.get(name))) changes.push({ kind: 'add-domain-check', type, check });
  return changes;
}

function diffComposite(a: CompositeType, b: CompositeType): SchemaChange[] | undefined {
  const names = new Set(a.attributes.map((x) => x.name));
  const kept = b.attributes.filter((x) => names.has(x.name));
  const added = b.attributes.filter((x) => !names.has(x.name));
  // New attributes go last, and the kept ones keep their order; otherwise the type is replaced.
  if (b.attributes.slice(0, kept.length).some((x, i) => x !== kept[i])) return undefined;
  const keptNames = kept.map((x) => x.name);
  if (a.attributes.filter((x) => keptNames.includes(x.name)).some((x, i) => x.name !== keptNames[i])) return undefined;
  const alter = kept.filter((x) => !same(x, a.attributes.find((y) => y.name === x.name)));
  if (alter.some((x) => x.collation !== a.attributes.find((y) => y.name === x.name)!.collation)) return undefined;
  const drop = a.attributes.filter((x) => !b.attributes.some((y) => y.name === x.name)).map((x) => x.name);
  if (drop.length === 0 && added.length === 0 && alter.length === 0) return [];
  return [{ kind: 'alter-composite', type: { schema: b.schema, name: b.name }, add: added, drop, alter }];
}

export function diffTypeInPlace(a: UserType, b: UserType): SchemaChange[] | undefined {
  if (a.kind === 'domain' && b.kind === 'domain') return diffDomain(a, b);
  if (a.kind === 'composite' && b.kind === 'composite') return diffComposite(a, b);
  return undefined;
}
