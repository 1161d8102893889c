/**
 * Search understands sentences, through the real search UI on the built site: sentences typed into
 * the search page and the Ctrl+K dialog list an expected page in their first three results, with
 * "Get help now" for someone in trouble; a sentence that finds nothing word for word still lists
 * pages; filter counts stay true for merged results; and the query never leaves the browser. Every
 * fixture query runs through the same search in e2e/search-queries.spec.ts; the fallback is
 * src/features/search/search-fallback.ts (unit-tested there); these tests only type and read the screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { resultsPageSize } from '../src/features/search/search';
import { help, search } from '../src/site/routes';
import { basePath, failOnPageProblems, firstLoad, readQueries, type Query } from './support/search';
import { at, escapeRegExp } from './support/site';

failOnPageProblems();

/**
 * Types `q` into a search box and waits until the summary reports this query; then returns the
 * number of results and the routes (relative to the base path) of the first three.
 */
async function typeAndRead(
	scope: Locator,
	q: string
): Promise<{ count: number; top: string[]; help: boolean }> {
	await scope.locator('[data-search-input]').fill(q);
	const summary = scope.locator('[data-search-summary]');
	await expect(summary).toHaveText(
		new RegExp(`(\\d+ results?|No results) for ${escapeRegExp(q.trim())}\\s*$`),
		firstLoad
	);
	const text = (await summary.textContent()) ?? '';
	const count = text.trim().startsWith('No') ? 0 : Number(/\d+/.exec(text)?.[0]);
	const items = scope.locator('.kit-results > li');
	await expect(items).toHaveCount(Math.min(count, resultsPageSize));
	const base = basePath();
	const top: string[] = [];
	for (let i = 0; i < Math.min(3, count); i += 1) {
		const path = new URL(
			(await items.nth(i).locator('a.kit-result-link').getAttribute('href'))!,
			'http://x'
		).pathname;
		top.push(`/${path.slice(base.length)}`);
	}
	return { count, top, help: await scope.locator('[data-search-help]').isVisible() };
}

/** Checks each query's first three results in `scope`, softly, so one run lists every miss. */
async function expectQueries(scope: Locator, queries: Query[]) {
	for (const { q, expect: expected, trouble } of queries) {
		const { top, help } = await typeAndRead(scope, q);
		expect
			.soft(
				top.some((route) => expected.includes(route)),
				`"${q}": top three ${JSON.stringify(top)}, expected one of ${JSON.stringify(expected)}`
			)
			.toBe(true);
		if (trouble) expect.soft(help, `"${q}" shows Get help now`).toBe(true);
	}
}

async function openDialog(page: Page): Promise<Locator> {
	await page.goto(at(help()));
	await page.keyboard.press('Control+K');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
	return dialog;
}

/** A few sentences of each kind from the fixtures: someone in trouble, a parent, a teacher. */
const typed = (() => {
	const sentences = readQueries('search-queries-sentences.json');
	const pick = (test: (q: Query) => boolean) => sentences.filter(test).slice(0, 2);
	return [
		...pick((q) => !!q.trouble),
		...pick((q) => q.who === 'parent' && !q.trouble),
		...pick((q) => q.who === 'teacher' && !q.trouble),
	];
})();

test('sentences typed into the search page and the Ctrl+K dialog list an expected page in the top three', async ({
	page,
}) => {
	expect(typed.length).toBeGreaterThanOrEqual(4);
	// Each query waits for its results to settle, through the sentence fallback's extra searches.
	test.setTimeout(30_000 + typed.length * 2 * 10_000);
	await page.goto(at(search()));
	await expectQueries(page.locator('main'), typed);
	await expectQueries(await openDialog(page), typed);
});

test('a sentence that finds nothing word for word still lists pages, and Get help now', async ({
	page,
}) => {
	const q = 'pls help some1 has my nudez';
	await page.goto(at(search()));
	const main = page.locator('main');
	const { count, top, help } = await typeAndRead(main, q);
	expect(count).toBeGreaterThan(0);
	expect(top).toContain('/advice/if-it-happens/');
	expect(help).toBe(true);
	await expect(main.locator('[data-search-help]')).toContainText('it is not your fault');
	// The address still holds the query as typed, for sharing or going back.
	await expect(page).toHaveURL(/[?&]q=pls(\+|%20)help/);
});

test('filter counts stay true when a sentence is answered from its words', async ({ page }) => {
	test.setTimeout(60_000); // a sentence through the fallback, then a filter: two searches to settle
	await page.goto(at(search()));
	const main = page.locator('main');
	// Misspelt as typed, so no page holds every word: the results come from the fallback's searches.
	const q = 'thay sed theyd ruin my lyf if i block them';
	const { count } = await typeAndRead(main, q);
	expect(count).toBeGreaterThan(3);
	const filter = main.getByLabel('Who it is for');
	const label = await filter.locator('option', { hasText: /^Pupils/ }).textContent();
	const shown = Number(/\((\d+)\)$/.exec(label ?? '')?.[1]);
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(count);
	await filter.selectOption('Pupils');
	await expect(main.locator('[data-search-summary]')).toContainText(`${shown} result`);
	await expect(main.locator('.kit-results > li')).toHaveCount(Math.min(shown, resultsPageSize));
});

test('a sentence search stays in the browser: no request carries it, nothing is stored', async ({
	page,
	context,
	baseURL,
}) => {
	const q = 'hes blackmaling me wat do i do';
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(at(search()));
	const { count } = await typeAndRead(page.locator('main'), q);
	expect(count).toBeGreaterThan(0);
	const origin = new URL(baseURL!).origin;
	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	// Pagefind fetches index files by content hash; the words typed (or read) are in no address
	// other than the page's own ?q=, which never leaves the browser after the page is loaded.
	const afterLoad = requests.filter((url) => !new URL(url).pathname.endsWith(search()));
	for (const word of ['blackmaling', 'blackmailing', 'wat']) {
		expect(afterLoad.filter((url) => decodeURIComponent(url).toLowerCase().includes(word))).toEqual(
			[]
		);
	}
	const stored = await page.evaluate(() => ({
		local: localStorage.length,
		session: sessionStorage.length,
	}));
	expect(stored).toEqual({ local: 0, session: 0 });
	expect(await context.cookies()).toEqual([]);
});
