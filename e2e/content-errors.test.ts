/**
 * Broken content must stop the build with a message that names the file, the field and the problem.
 * Each fixture is dropped into one throwaway copy of the project (made once, reused: the fixture is
 * removed again after each run) and `astro sync` (the content step that `astro build` and
 * `astro check` run first) must fail with the expected words.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = `${root}node_modules/astro/bin/astro.mjs`;
// Inside the project so Node finds node_modules by walking up; Astro's cache stays in the copy.
const dir = `${root}test-results/content-fixtures/copy/`;

beforeAll(() => {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const part of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(`${root}${part}`, `${dir}${part}`, { recursive: true });
	}
});

/** Runs `astro sync` in the copy with a fixture lesson added (if given), then takes the fixture out again. */
function syncWith(fixture?: string): { status: number | null; output: string } {
	const target = fixture ? `${dir}content/lessons/${fixture}` : undefined;
	if (target) cpSync(`${root}e2e/fixtures/content/${fixture}`, target);
	try {
		// A fresh content store each time, so one fixture's entry never lingers into the next run.
		for (const cache of ['.astro', 'node_modules'])
			rmSync(`${dir}${cache}`, { recursive: true, force: true });
		const run = spawnSync(process.execPath, [astro, 'sync'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		// eslint-disable-next-line no-control-regex -- strip terminal colours from the captured log
		const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
		return { status: run.status, output };
	} finally {
		if (target) rmSync(target, { force: true });
	}
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

	it('core activity minutes that do not add up name the lesson, the sum and the duration', () => {
		const { status, output } = syncWith('bad-timings.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain('content/lessons/bad-timings.mdx: core activity minutes add up to 50');
		expect(output).toContain('but duration is 55');
	});

	it('a lesson without the safeguarding frame names the file and each missing part', () => {
		const { status, output } = syncWith('missing-frame.mdx');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/lessons/missing-frame.mdx: add an <Activity kind="question-box">'
		);
		expect(output).toContain(
			'content/lessons/missing-frame.mdx: add a calm closing activity (<Activity kind="closing">)'
		);
		expect(output).toMatch(
			/content\/lessons\/missing-frame\.mdx: the signposting activity \(line \d+\) needs a <Slide> with <HelpRoutes .*'police-101' \(101\)/
		);
	});

	it('an invented character used in another lesson names both files', () => {
		const { status, output } = syncWith('reused-character.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/reused-character\.mdx: line \d+: the invented character "Leo" is also used in content\/lessons\/too-good-to-be-true\.mdx/
		);
	});

	it('steps written by hand with block before saving the evidence name the file and the list', () => {
		const { status, output } = syncWith('steps-out-of-order.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/steps-out-of-order\.mdx: line \d+: this list says block \(item 2\) before saving the evidence \(item 3\)/
		);
	});

	it('an image without alt text names the file, the line and the image', () => {
		const { status, output } = syncWith('missing-alt.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/missing-alt\.mdx: line \d+: image \/images\/fake-profile\.png has no alt text/
		);
	});

	it('an unknown MDX component names the file, the component and the ones that exist', () => {
		const { status, output } = syncWith('unknown-component.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/unknown-component\.mdx: line \d+: unknown component <Quiz> \(available: Activity, /
		);
	});

	it('a link to a page the kit does not have names the file, the link and the missing page', () => {
		const { status, output } = syncWith('broken-link.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/broken-link\.mdx: line \d+: link to \.\.\/\.\.\/get-help\/ goes to \/get-help\/, but the kit has no such page/
		);
	});

	it('a phone number that is not in the services data names the file and the number', () => {
		const { status, output } = syncWith('unknown-phone.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/lessons\/unknown-phone\.mdx: line \d+: phone number 0808 157 0123 is not in content\/data\/services\.yaml/
		);
	});

	it('the real content passes the same step', () => {
		// The control case: without it, a copy that can never sync would pass every test above.
		const { status, output } = syncWith();
		expect(status, output).toBe(0);
	});
});
