/** A real download: a Blob behind an <a download>, the URL revoked once the click was handled. */
export function downloadBlob(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `shop.sql`, `saas.sql (sample)` -> `shop`, `saas`: a base for file names. */
export function baseName(sourceName: string): string {
  const base = sourceName
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/\.(sql|psql|pgsql|ddl|txt|json)$/i, '')
    .replace(/\.schemawise$/i, '')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return base || 'schema';
}
