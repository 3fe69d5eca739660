import { test } from 'vitest';
import { importSql, initParser } from '../../src/core/parse';
test('wide', async () => {
  await initParser();
  for (const n of [5000, 10000, 20000]) {
    const cols = Array.from({ length: n }, (_, i) => `c${i} int`).join(', ');
    const text = `CREATE TABLE t (id int PRIMARY KEY, ${cols});`;
    const t = performance.now();
    const r = importSql(text);
    console.log(n, Math.round(performance.now() - t), r.timings);
  }
}, 600_000);
