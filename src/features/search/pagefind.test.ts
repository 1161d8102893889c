import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileOfRoute } from '../../site/paths';
import {
	advicePage,
	help,
	lessonItem,
	lessonPrint,
	notFound,
	poster,
	present,
	presenter,
	search,
} from '../../site/routes';
import { assertSearchOptIn, indexLanguages, searchOptInProblems } from './pagefind';

describe('searchOptInProblems', () => {
	let dir = '';
	const page = (route: string, html: string) => {
		const file = join(dir, fileOfRoute(route));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html);
	};
	const body = '<main data-pagefind-body><h1>Page</h1></main>';
	const plain = '<main><h1>Page</h1></main>';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('passes when only the kinds the model indexes opt in, and counts the rest', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page(help(), body);
		page(advicePage('if-it-happens'), body);
		page(notFound(), plain);
		page(search(), plain);
		page(poster(), plain);
		page(
			present(lessonItem('friend-requests')),
			'<body data-pagefind-ignore="all"><main>Slides</main></body>'
		);
		await expect(assertSearchOptIn(dir)).resolves.toBe(4);
	});

	it('names a print or presentation page that opts in', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page(
			presenter(lessonItem('friend-requests')),
			'<main id="main" data-pagefind-body>Notes</main>'
		);
		page(lessonPrint('friend-requests'), body);
		const { problems } = await searchOptInProblems(dir);
		expect(problems).toEqual([
			`${fileOfRoute(presenter(lessonItem('friend-requests')))} (kind: presentation) has data-pagefind-body but must not be searchable`,
			`${fileOfRoute(lessonPrint('friend-requests'))} (kind: print) has data-pagefind-body but must not be searchable`,
		]);
		await expect(assertSearchOptIn(dir)).rejects.toThrow(
			fileOfRoute(presenter(lessonItem('friend-requests')))
		);
	});

	it('names a page that should be found but does not opt in', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page(help(), plain);
		await expect(assertSearchOptIn(dir)).rejects.toThrow(
			`${fileOfRoute(help())} (kind: page) must be searchable`
		);
	});

	it('refuses a built page the site model does not know', async () => {
		dir = mkdtempSync(join(tmpdir(), 'kit-search-'));
		page('/surprise/page/', body);
		await expect(assertSearchOptIn(dir)).rejects.toThrow('no page at /surprise/page/');
	});
});

describe('indexLanguages', () => {
	it("lists each language's index, and refuses one no page of the kit's languages makes", () => {
		expect(
			indexLanguages({ languages: { 'en-gb': { page_count: 27 }, cy: { page_count: 9 } } })
		).toBe('en-gb: 27 pages, cy: 9 pages');
		expect(() =>
			indexLanguages({ languages: { 'en-gb': { page_count: 27 }, en: { page_count: 1 } } })
		).toThrow('pages with <html lang="en"> made an index of their own');
	});
});
