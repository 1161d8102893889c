/**
 * The search query fixtures themselves (no build needed): the files are here, the sentences file
 * holds real sentences from pupils, parents and teachers, and the Welsh file Welsh queries from all
 * three for Welsh pages. What they find is e2e/search-queries.spec.ts; whether "Get help now" shows
 * for them, src/features/search/help-query.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../src/i18n/locales';
import { existsInBuild } from '../src/site/content';
import { fixtureFiles, fixtureLocale, readQueries } from './support/search';

describe('the search query fixtures', () => {
	it('are all here', () => {
		expect(fixtureFiles()).toEqual(
			expect.arrayContaining([
				'search-queries.json',
				'search-queries-extra.json',
				'search-queries-sentences.json',
				'search-queries-cy.json',
			])
		);
	});

	it('expect pages of the site model in their own language: Welsh queries find Welsh pages', () => {
		for (const file of fixtureFiles())
			for (const { q, expect: expected } of readQueries(file))
				for (const route of expected) {
					expect(existsInBuild(route), `${file}: "${q}": ${route}`).toBe(true);
					expect(splitLocale(route).locale, `${file}: "${q}": ${route}`).toBe(fixtureLocale(file));
				}
	});

	it('hold at least 12 Welsh queries from pupils, parents and teachers, some from someone in trouble', () => {
		const queries = readQueries('search-queries-cy.json');
		expect(queries.length).toBeGreaterThanOrEqual(12);
		for (const who of ['pupil', 'parent', 'teacher'])
			expect(queries.filter((q) => q.who === who).length, who).toBeGreaterThanOrEqual(3);
		expect(queries.filter((q) => q.trouble).length).toBeGreaterThanOrEqual(4);
	});

	it('hold at least 20 sentences from pupils, parents and teachers, half from someone in trouble', () => {
		const queries = readQueries('search-queries-sentences.json');
		expect(queries.length).toBeGreaterThanOrEqual(20);
		for (const who of ['pupil', 'parent', 'teacher'])
			expect(queries.filter((q) => q.who === who).length, who).toBeGreaterThanOrEqual(4);
		for (const { q } of queries) expect(q.trim().split(/\s+/).length, q).toBeGreaterThanOrEqual(4);
		// Sentences only: each would find too little if every word had to be on the page.
		expect(queries.filter((q) => q.trouble).length).toBeGreaterThanOrEqual(10);
	});
});
