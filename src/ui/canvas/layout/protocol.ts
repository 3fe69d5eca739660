/** Messages between the canvas and its layout worker (layout.worker.ts). */
import type { ArrangeInput, ArrangeResult } from './types';

export type LayoutRequest = { id: number; type: 'arrange'; input: ArrangeInput };

export type LayoutReply = { id: number; type: 'arranged'; result: ArrangeResult; ms: number } | { id: number; type: 'error'; message: string };
