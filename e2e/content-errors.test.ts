/**
 * Broken content must stop the build with a message that names the file, the field and the problem.
 * Each fixture is dropped into a throwaway copy of the project and `astro sync` (the content step
 * that `astro build` and `astro check` run first) must fail with the expected words.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = `${root}node_modules/astro/bin/astro.mjs`;

/** Copies the project's source and content, plus a fixture lesson if given, and runs `astro sync` there. */
function syncWith(fixture?: string): { status: number | null; output: string } {
	// Inside the project so Node finds node_modules by walking up; Astro's cache stays in the copy.
	const dir = `${root}test-results/content-fixtures/${fixture?.replace('.mdx', '') ?? 'control'}/`;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const part of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(`${root}${part}`, `${dir}${part}`, { recursive: true });
	}
	if (fixture) cpSync(`${root}e2e/fixtures/content/${fixture}`, `${dir}content/lessons/${fixture}`);
	const run = spawnSync(process.execPath, [astro, 'sync'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	// eslint-disable-next-line no-control-regex -- strip terminal colours from the captured log
	const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: run.status, output };
}

describe('broken lesson content fails the build with a clear message', () => {
	it('a lesson without objectives names the file and the missing field', () => {
		const { status, output } = syncWith('missing-objectives.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('content/lessons/missing-objectives.mdx');
		expect(output).toMatch(/objectives\W+.*Required/);
	});

	it('a duration written in words names the field and the expected type', () => {
		const { status, output } = syncWith('wrong-type.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('content/lessons/wrong-type.mdx');
		expect(output).toMatch(/duration\W+.*Expected type `"number"`, received `"string"`/);
	});

	it('an unknown key stage names the field and the allowed values', () => {
		const { status, output } = syncWith('unknown-key-stage.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('content/lessons/unknown-key-stage.mdx');
		expect(output).toMatch(/keyStages\.1\W+.*KS3.*KS4.*post-16/);
	});

	it('activity minutes that do not add up name the lesson, the sum and the duration', () => {
		const { status, output } = syncWith('bad-timings.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('content/lessons/bad-timings.mdx: activity minutes add up to 50');
		expect(output).toContain('but duration is 55');
	});

	it('the real content passes the same step', () => {
		// The control case: without it, a copy that can never sync would pass every test above.
		const { status, output } = syncWith();
		expect(status, output).toBe(0);
	});
});
