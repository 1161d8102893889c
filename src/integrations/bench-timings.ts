/**
 * Build phase timings for `npm run bench` (bench/run.mjs). Only when the `BENCH_TIMINGS` environment
 * variable names a file: each call appends one JSON line `{ "phase", "ms", ... }` to it. Normal
 * builds write nothing.
 */
import { appendFileSync } from 'node:fs';

export function recordPhase(phase: string, ms: number, extra: Record<string, unknown> = {}): void {
	const file = process.env['BENCH_TIMINGS'];
	if (file) appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms), ...extra })}\n`);
}
