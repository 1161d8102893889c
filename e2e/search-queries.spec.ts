/**
 * Every fixture query (e2e/fixtures/search-queries*.json: the shared file, the kit's own slang and
 * misspellings, the sentences, and the Welsh queries of search-queries-cy.json) through the kit's own
 * search on the built index, one page per language: Pagefind's JavaScript API with the kit's ranking
 * and sentence fallback, as the search page and dialog run it, on the search page in the file's
 * language (so Welsh queries search the Welsh index with the Welsh word lists). An expected page
 * must be in the top three for every one. Typing into the search box itself, and what the screen
 * shows, is e2e/search-sentences.spec.ts and e2e/search-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { meaningfulWords } from '../src/features/search/search-fallback';
import { readSearchWords } from '../src/features/search/search-words';
import { search } from '../src/site/routes';
import { inLocale, localeIds } from '../src/i18n/locales';
import {
	failOnPageProblems,
	fixtureFiles,
	fixtureLocale,
	pagefindSearch,
	readQueries,
} from './support/search';
import { at } from './support/site';

failOnPageProblems();

test('every fixture query finds an expected page in its top three', async ({ page }) => {
	const files = fixtureFiles();
	const queries = files.flatMap((file) =>
		readQueries(file).map((query) => ({ ...query, file, locale: fixtureLocale(file) }))
	);
	test.setTimeout(30_000 + queries.length * 500);
	// No query waits for its page: every expected page is a built page (e2e/search-fixtures.test.ts).
	for (const locale of localeIds) {
		await page.goto(at(inLocale(search(), locale)));
		for (const { q, expect: expected, file } of queries.filter((x) => x.locale === locale)) {
			const top = (await pagefindSearch(page, q, { fallback: true })).hits.map((h) => h.route);
			expect
				.soft(
					top.some((route) => expected.includes(route)),
					`${file}: "${q}": top three ${JSON.stringify(top)}, expected one of ${JSON.stringify(expected)}`
				)
				.toBe(true);
		}
	}
});

/** Around a page's word, in each language: a stop word and a made-up word. */
const fillers = { en: ['pls', 'wibbling'], cy: ['plis', 'wibwlian'] } as const;

for (const locale of localeIds)
	test(`no query of two or more words that shares a meaningful word with a page finds nothing (${locale})`, async ({
		page,
	}) => {
		await page.goto(at(inLocale(search(), locale)));
		const { hits } = await pagefindSearch(page, null, { limit: 0 });
		const lists = readSearchWords(locale);
		const words = [...new Set(hits.flatMap((hit) => meaningfulWords(hit.title, lists)))];
		expect(hits.length).toBeGreaterThan(10);
		expect(words.length).toBeGreaterThan(20);
		// A stop word, the page's word and a word no page has: every word together finds nothing.
		const [stop, madeUp] = fillers[locale];
		const empty: string[] = [];
		for (const [i, word] of words.entries()) {
			const q = i % 2 ? `${stop} ${word} zzqxv` : `zzqxv ${madeUp} ${word}`;
			if ((await pagefindSearch(page, q, { fallback: true, limit: 1 })).total === 0) empty.push(q);
		}
		expect(empty).toEqual([]);
	});
