import { describe, expect, test } from 'vitest';
import { farName, nameParts } from '../../src/ui/canvas/display';
import { NODE_WIDTH } from '../../src/ui/canvas/metrics';

describe('the name over a zoomed-out table', () => {
  test('breaks between words (underscores, camelCase, dots), never inside one', () => {
    expect(nameParts('post_versions')).toEqual(['post_', 'versions']);
    expect(nameParts('SalesOrderHeaderSalesReason')).toEqual(['Sales', 'Order', 'Header', 'Sales', 'Reason']);
    expect(nameParts('billing.course_jobs')).toEqual(['billing.', 'course_', 'jobs']);
    for (const label of ['post_versions', 'artist_commentary_versions', 'SalesOrderHeaderSalesReason', 'project_ecosystem_labels_change_suggestions', 'a_b']) {
      const { lines } = farName(label, NODE_WIDTH, 80);
      expect(lines.join('')).toBe(label);
      const parts = nameParts(label);
      // Every line is whole parts: its end is a boundary between parts.
      let at = 0;
      const bounds = new Set(parts.map((p) => (at += p.length)));
      at = 0;
      for (const line of lines) expect(bounds.has((at += line.length))).toBe(true);
    }
  });

  test('is drawn as large as fits: one line for a short name, more lines for a long one', () => {
    const short = farName('users', NODE_WIDTH, 200);
    expect(short.lines).toEqual(['users']);
    const long = farName('project_ecosystem_labels_change_suggestions', NODE_WIDTH, 200);
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.size).toBeGreaterThan(farName('project_ecosystem_labels_change_suggestions', NODE_WIDTH, 30).size);
    // "post_versions" on a short table: not "post_ / version / s".
    expect(farName('post_versions', NODE_WIDTH, 60).lines.every((line) => ['post_', 'versions', 'post_versions'].includes(line))).toBe(true);
  });
});
