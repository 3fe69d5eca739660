/** File names, versions and timestamps shared by the formats. */
import type { ExportOptions } from './types';

/** A name every tool accepts in a file name: letters, digits and single underscores. */
export function safeName(name: string): string {
  const cleaned = name.trim().replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return cleaned === '' ? 'migration' : cleaned;
}

/** `YYYYMMDDHHMMSS` in UTC: the prefix dbmate (`dbmate new`) and Prisma (`migrate dev`) generate. */
export function compactTimestamp(date: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}`;
}

/** `YYYY-MM-DDTHH:MM:SSZ`: the timestamp of a sqitch.plan line. */
export function isoTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function exportTimestamp(options: ExportOptions): Date {
  return options.timestamp ?? new Date();
}

/** The version the user gave (checked), or the timestamp as YYYYMMDDHHMMSS. */
export function baseVersion(options: ExportOptions, pattern: RegExp, what: string): string {
  if (options.version === undefined) return compactTimestamp(exportTimestamp(options));
  const version = String(options.version).trim();
  if (!pattern.test(version)) throw new Error(`${what}: version must match ${pattern}, got '${version}'`);
  return version;
}

/**
 * Integer versions for consecutive migrations (golang-migrate, dbmate, Prisma): the user's version
 * plus k (zero padding kept), or the timestamp plus k seconds when no version is given.
 */
export function sequentialVersions(options: ExportOptions, count: number, what: string): string[] {
  if (options.version === undefined) {
    const start = exportTimestamp(options).getTime();
    return Array.from({ length: count }, (_, k) => compactTimestamp(new Date(start + k * 1000)));
  }
  const base = baseVersion(options, /^\d+$/, what);
  return Array.from({ length: count }, (_, k) => (BigInt(base) + BigInt(k)).toString().padStart(base.length, '0'));
}

/** The name of segment k (1-based) of n: the migration name, numbered when the plan needs several. */
export function segmentName(name: string, k: number, n: number): string {
  return n > 1 ? `${name}_${k}` : name;
}
