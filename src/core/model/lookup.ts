/**
 * A constant lookup table indexed by text from outside (a type name, a pattern id): made without
 * Object's prototype, so that `constructor`, `toString` or `__proto__` is looked up like any other
 * key (not found) instead of returning an inherited function.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
