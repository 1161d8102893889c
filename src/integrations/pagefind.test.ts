import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertExcluded, unsearchableRoutes } from './pagefind';

const matches = (file: string) => unsearchableRoutes.some((re) => re.test(file));

describe('unsearchableRoutes', () => {
	it('covers the 404 page, presentation views and print views', () => {
		for (const file of [
			'404.html',
			'lessons/friend-requests/present/index.html',
			'lessons/friend-requests/present/presenter/index.html',
			'lessons/friend-requests/print/index.html',
			'leaflet/print/index.html',
		]) {
			expect(matches(file), file).toBe(true);
		}
	});

	it('leaves ordinary pages alone', () => {
		for (const file of [
			'index.html',
			'lessons/friend-requests/index.html',
			'advice/present-day/index.html',
			'leaflet/index.html',
			'help/index.html',
		]) {
			expect(matches(file), file).toBe(false);
		}
	});
});

describe('assertExcluded', () => {
	let dir = '';
	const page = (file: string, html: string) => {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), html);
	};
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('passes when excluded pages do not opt in to the index, and counts them', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page('help/index.html', '<main data-pagefind-body><h1>Help</h1></main>');
		page('404.html', '<main><h1>Not found</h1></main>');
		page(
			'lessons/a/present/index.html',
			'<body data-pagefind-ignore="all"><main>Slides</main></body>'
		);
		await expect(assertExcluded(dir)).resolves.toBe(2);
	});

	it('fails, naming the page, when a presentation view has data-pagefind-body', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page('lessons/a/present/index.html', '<main id="main" data-pagefind-body>Slides</main>');
		await expect(assertExcluded(dir)).rejects.toThrow(/lessons\/a\/present\/index\.html/);
	});
});
