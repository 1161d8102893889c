/**
 * Build phase timings for `npm run bench` (bench/run.mjs). Only when the BENCH_TIMINGS setting names
 * a file: each call appends one JSON line `{ "phase", "ms", ... }` to it. Normal builds write nothing.
 */
import { appendFileSync } from 'node:fs';

export type RecordPhase = (phase: string, ms: number, extra?: Record<string, unknown>) => void;

/** A recorder that appends to `file`, or does nothing without one. */
export function phaseRecorder(file: string | undefined): RecordPhase {
	return (phase, ms, extra = {}) => {
		if (file) appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms), ...extra })}\n`);
	};
}
