/**
 * Adding up the machine-readable summaries that `npm test` (test-results/summary.json) and
 * `npm run audit` (audit-results/summary.json) write, for CI's last line. A run that left no summary
 * (it crashed, or never started) counts as one failure.
 */

export interface RunSummary {
	command: string;
	passed: number;
	failed: number;
}

/** What a summary file held, or undefined when it was missing or unreadable. */
export type SummaryFile = { label: string; summary: RunSummary | undefined };

/** "N passed, N failed (npm test: …; npm run audit: …)", and whether all of it passed. */
export function addUp(runs: readonly SummaryFile[]): { line: string; ok: boolean } {
	const counts = runs.map(({ label, summary }) =>
		summary &&
		Number.isInteger(summary.passed) &&
		Number.isInteger(summary.failed) &&
		summary.passed >= 0 &&
		summary.failed >= 0
			? { label, passed: summary.passed, failed: summary.failed, note: '' }
			: { label, passed: 0, failed: 1, note: ' (no summary: the run stopped early)' }
	);
	const passed = counts.reduce((sum, c) => sum + c.passed, 0);
	const failed = counts.reduce((sum, c) => sum + c.failed, 0);
	const each = counts
		.map((c) => `${c.label}: ${c.passed} passed, ${c.failed} failed${c.note}`)
		.join('; ');
	return { line: `${passed} passed, ${failed} failed (${each})`, ok: failed === 0 };
}
