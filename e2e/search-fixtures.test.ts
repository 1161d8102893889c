/**
 * The search query fixtures themselves (no build needed): the three files are here, and the
 * sentences file holds real sentences from pupils, parents and teachers. What they find is
 * e2e/search-queries.spec.ts; whether "Get help now" shows for them, src/features/search/help-query.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fixtureFiles, readQueries } from './support/search';

describe('the search query fixtures', () => {
	it('are all here', () => {
		expect(fixtureFiles()).toEqual(
			expect.arrayContaining([
				'search-queries.json',
				'search-queries-extra.json',
				'search-queries-sentences.json',
			])
		);
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
