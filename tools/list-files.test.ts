import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from './list-files';

const dir = mkdtempSync(join(tmpdir(), 'kit-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ['index.html', 'page/index.html', 'a/b/c.pdf', '_astro/x.js']) {
	mkdirSync(join(dir, file, '..'), { recursive: true });
	writeFileSync(join(dir, file), file);
}
mkdirSync(join(dir, 'empty.html'));

describe('listFiles', () => {
	it('lists files only, relative with / separators, sorted', () => {
		expect(listFiles(dir)).toEqual(['_astro/x.js', 'a/b/c.pdf', 'index.html', 'page/index.html']);
	});

	it('filters by pattern', () => {
		expect(listFiles(dir, '**/*.html')).toEqual(['index.html', 'page/index.html']);
		expect(listFiles(`${dir}/`, '**/*.pdf')).toEqual(['a/b/c.pdf']);
	});
});
