/** Exported files as one zip archive (fflate: pure JS, runs in the browser and in Node). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportedFile } from './types';

/** DOS time starts in 1980: a fixed modification time makes the archive byte-for-byte reproducible. */
const FIXED_MTIME = new Date(1980, 0, 1);

export function zipFiles(files: ExportedFile[], options: { mtime?: Date } = {}): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.path in entries) throw new Error(`zipFiles: duplicate path ${file.path}`);
    entries[file.path] = strToU8(file.content);
  }
  return zipSync(entries, { level: 6, mtime: options.mtime ?? FIXED_MTIME });
}
