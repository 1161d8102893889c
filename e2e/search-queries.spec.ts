/**
 * The realistic queries (the shared file and the kit's own) through Pagefind's own JavaScript API,
 * with the kit's ranking: an expected page in the top three for every one.
 */
import { expect, test } from '@playwright/test';
import { help } from '../src/site/routes';
import { failOnPageProblems, pagefindSearch, readQueries } from './support/search';
import { at, builtRoutes } from './support/site';

const routes = new Set(builtRoutes());

failOnPageProblems();

for (const [file, label] of [
	['search-queries.json', 'the shared queries file'],
	['search-queries-extra.json', 'the kit’s own slang, sentences and misspellings'],
] as const) {
	test(`${label}: an expected page is in the top three for every query`, async ({ page }) => {
		await page.goto(at(help()));
		const blocked: string[] = [];
		for (const { q, expect: expected } of readQueries(file)) {
			if (!expected.some((route) => routes.has(route))) {
				blocked.push(`"${q}" needs ${expected.join(' or ')}`);
				continue;
			}
			const { hits } = await pagefindSearch(page, q);
			const top = hits.map((h) => h.route);
			expect
				.soft(
					top.some((route) => expected.includes(route)),
					`"${q}": top three ${JSON.stringify(top)}, expected one of ${JSON.stringify(expected)}`
				)
				.toBe(true);
		}
		if (blocked.length > 0) {
			test.info().annotations.push({ type: 'blocked on content', description: blocked.join('; ') });
		}
	});
}
