/**
 * Search understands sentences, through the real search UI on the built site: every query in the
 * fixture files, typed into the search page (and the sentences into the Ctrl+K dialog too), finds
 * an expected page in its first three results; "Get help now" shows for every query from someone
 * in trouble; a query that shares a meaningful word with a page never ends on "no results"; filter
 * counts stay true for merged results; and the query never leaves the browser. The fallback is
 * src/features/search/search-fallback.ts (unit-tested there); these tests only type and read the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { resultsPageSize } from '../src/features/search/search';
import { meaningfulWords } from '../src/features/search/search-fallback';
import { help, search } from '../src/site/routes';
import { at, builtRoutes } from './support/site';

interface Query {
	q: string;
	expect: string[];
	trouble?: boolean;
}

const readQueries = (file: string): Query[] =>
	(
		JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as {
			queries: Query[];
		}
	).queries;

/** Every query file: the shared one, the kit's extra queries and the sentences (and any added later). */
const fixtureFiles = readdirSync(new URL('./fixtures/', import.meta.url))
	.filter((f) => /^search-queries.*\.json$/.test(f))
	.sort();

const routes = new Set(builtRoutes());
/** The first search on a page loads Pagefind's WebAssembly and index: allow for a busy machine. */
const firstLoad = { timeout: 15_000 };

/** The site's base path as the browser sees it ("/" or "/safety-kit/"). */
const basePath = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').pathname;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
		new RegExp(`(\\d+ results?|No results) for ${escape(q.trim())}\\s*$`),
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
	const blocked: string[] = [];
	for (const { q, expect: expected, trouble } of queries) {
		if (!expected.some((route) => routes.has(route))) {
			blocked.push(`"${q}" needs ${expected.join(' or ')}`);
			continue;
		}
		const { top, help } = await typeAndRead(scope, q);
		expect
			.soft(
				top.some((route) => expected.includes(route)),
				`"${q}": top three ${JSON.stringify(top)}, expected one of ${JSON.stringify(expected)}`
			)
			.toBe(true);
		if (trouble) expect.soft(help, `"${q}" shows Get help now`).toBe(true);
	}
	if (blocked.length > 0) {
		test.info().annotations.push({ type: 'blocked on content', description: blocked.join('; ') });
	}
}

async function openDialog(page: Page): Promise<Locator> {
	await page.goto(at(help()));
	await page.keyboard.press('Control+K');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
	return dialog;
}

// Every test fails on a console error, an uncaught exception or a JavaScript dialog.
const problemsOf = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
	const problems: string[] = [];
	problemsOf.set(page, problems);
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
});
test.afterEach(({ page }) => {
	expect(problemsOf.get(page) ?? []).toEqual([]);
});

test('the query files are all here', () => {
	expect(fixtureFiles).toEqual(
		expect.arrayContaining([
			'search-queries.json',
			'search-queries-extra.json',
			'search-queries-sentences.json',
		])
	);
});

for (const file of fixtureFiles) {
	test(`search page, ${file}: an expected page is in the top three for every query`, async ({
		page,
	}) => {
		const queries = readQueries(file);
		test.setTimeout(30_000 + queries.length * 4_000);
		await page.goto(at(search()));
		await expectQueries(page.locator('main'), queries);
	});
}

test('the Ctrl+K dialog finds the same pages for the sentences', async ({ page }) => {
	const queries = readQueries('search-queries-sentences.json');
	test.setTimeout(30_000 + queries.length * 4_000);
	await expectQueries(await openDialog(page), queries);
});

test('the sentences file holds at least 20 sentences from pupils, parents and teachers', () => {
	const queries = readQueries('search-queries-sentences.json') as (Query & { who: string })[];
	expect(queries.length).toBeGreaterThanOrEqual(20);
	for (const who of ['pupil', 'parent', 'teacher'])
		expect(queries.filter((q) => q.who === who).length, who).toBeGreaterThanOrEqual(4);
	for (const { q } of queries) expect(q.trim().split(/\s+/).length, q).toBeGreaterThanOrEqual(4);
	// Sentences only: each would find too little if every word had to be on the page.
	expect(queries.filter((q) => q.trouble).length).toBeGreaterThanOrEqual(10);
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

test('a pupil page comes first where the words fit it and a lesson about as well', async ({
	page,
}) => {
	await page.goto(at(search()));
	// Pagefind alone puts the lesson "Who can see your friends?" just above the advice page
	// (filters, and words such as "my son" or "a pupil", turn this off: unit-tested).
	const { top } = await typeAndRead(page.locator('main'), 'privacy settings');
	expect(top.slice(0, 2)).toEqual(['/advice/friend-requests/', '/lessons/private-by-default/']);
});

test('no query of two or more words that shares a meaningful word with a page ends on no results', async ({
	page,
}) => {
	await page.goto(at(search()));
	// The titles of every page in the index, from Pagefind's own API.
	const titles = await page.evaluate(async (base) => {
		const pagefind = await import(`${base}pagefind/pagefind.js`);
		const all = await pagefind.search(null);
		return Promise.all(
			all.results.map(async (r: { data(): Promise<{ meta: Record<string, string> }> }) => {
				return (await r.data()).meta['title'] ?? '';
			})
		);
	}, basePath());
	expect(titles.length).toBeGreaterThan(10);
	const words = [...new Set(titles.flatMap((title) => meaningfulWords(title)))];
	expect(words.length).toBeGreaterThan(20);
	test.setTimeout(30_000 + words.length * 3_000);
	// A stop word, the page's word and a word no page has: every word together finds nothing.
	const main = page.locator('main');
	const empty: string[] = [];
	for (const [i, word] of words.entries()) {
		const q = i % 2 ? `pls ${word} zzqxv` : `zzqxv wibbling ${word}`;
		const { count } = await typeAndRead(main, q);
		if (count === 0) empty.push(q);
	}
	expect(empty).toEqual([]);
});

test('filter counts stay true when a sentence is answered from its words', async ({ page }) => {
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
