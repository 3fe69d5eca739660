import { describe, expect, test } from 'vitest';
import { resizeAction } from '../../src/ui/canvas/use-canvas-layout';

describe("resizeAction: what a new canvas size asks of the drawing ('layout': a new shape, laid out again when canvas-only was asked on an untouched drawing, else fitted)", () => {
  test('"canvas only" on a 1600 x 1000 window (the canvas from 896 x 679 to 1600 x 958): laid out again for the wider shape', () => {
    expect(resizeAction({ width: 896, height: 679 }, { width: 1600, height: 958 })).toBe('layout');
  });
  test('the migration panel closed (the canvas taller, as wide): a new shape', () => {
    expect(resizeAction({ width: 896, height: 679 }, { width: 896, height: 910 })).toBe('layout');
  });
  test('larger in both directions alike: fitted, not laid out again', () => {
    expect(resizeAction({ width: 800, height: 500 }, { width: 1040, height: 650 })).toBe('fit');
  });
  test('a separator nudged, or a collapsed canvas: nothing', () => {
    expect(resizeAction({ width: 896, height: 679 }, { width: 930, height: 679 })).toBeUndefined();
    expect(resizeAction({ width: 896, height: 679 }, { width: 0, height: 679 })).toBeUndefined();
  });
});
