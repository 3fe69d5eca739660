#!/usr/bin/env node
// The `schemawise` command: a shim that loads the bundled CLI (built by scripts/build-cli.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    `schemawise: the CLI is not built (${fileURLToPath(bundle)} is missing); run npm run build:cli\n`,
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
