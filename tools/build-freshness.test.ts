import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newerSources } from './build-freshness';

const root = mkdtempSync(join(tmpdir(), 'kit-fresh-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, when: number) => {
	mkdirSync(join(root, file, '..'), { recursive: true });
	writeFileSync(join(root, file), file);
	utimesSync(join(root, file), new Date(when), new Date(when));
};

describe('newerSources', () => {
	it('names the sources changed after the build, newest first, and nothing else', () => {
		write('src/pages/index.astro', 1_000);
		write('content/lessons/a.mdx', 1_000);
		write('dist/index.html', 2_000);
		expect(newerSources(root, join(root, 'dist'))).toEqual([]);

		write('content/lessons/a.mdx', 3_000);
		write('astro.config.mjs', 4_000);
		write('src/lib/x.test.ts', 5_000);
		write('dist/later.html', 6_000);
		expect(newerSources(root, join(root, 'dist')).map((s) => s.file)).toEqual([
			'astro.config.mjs',
			'content/lessons/a.mdx',
		]);
	});
});
