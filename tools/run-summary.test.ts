import { describe, expect, it } from 'vitest';
import { addUp } from './run-summary';

const run = (passed: number, failed: number) => ({ command: 'x', passed, failed });

describe('addUp', () => {
	it('adds the runs up and gives each run its own counts', () => {
		expect(
			addUp([
				{ label: 'npm test', summary: run(250, 0) },
				{ label: 'npm run audit', summary: run(90, 2) },
			])
		).toEqual({
			line: '340 passed, 2 failed (npm test: 250 passed, 0 failed; npm run audit: 90 passed, 2 failed)',
			ok: false,
		});
		expect(addUp([{ label: 'npm test', summary: run(3, 0) }]).ok).toBe(true);
	});

	it('counts a run without a summary, or with nonsense in it, as one failure', () => {
		const { line, ok } = addUp([
			{ label: 'npm test', summary: undefined },
			{ label: 'npm run audit', summary: { command: 'x', passed: -1, failed: 0 } },
		]);
		expect(ok).toBe(false);
		expect(line).toBe(
			'0 passed, 2 failed (npm test: 0 passed, 1 failed (no summary: the run stopped early); npm run audit: 0 passed, 1 failed (no summary: the run stopped early))'
		);
	});
});
