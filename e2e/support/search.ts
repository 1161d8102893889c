/**
 * What the search specs share: the query files, the kit's own search run in the page (Pagefind's
 * API with the kit's ranking and sentence fallback), and a watch that fails any test on a console error, an uncaught exception or a dialog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';
import { readSearchWordsByLocale } from '../../src/features/search/search-words';
import { defaultLocale, isLocale, type Locale } from '../../src/i18n/locales';
import { searchScript } from '../../src/site/files';
import { routeOfPathname, withBase } from '../../src/site/paths';

export interface Query {
	q: string;
	expect: string[];
	why?: string;
	/** Typed by someone who may be in trouble now: "Get help now" must show. */
	trouble?: boolean;
	/** Who would type it (the sentences file): pupil, parent or teacher. */
	who?: string;
}
export interface Hit {
	/** The result's route, relative to the base path. */
	route: string;
	title: string;
	type: string;
	audience: string;
	filters: Record<string, string[]>;
	content: string;
}

/** The queries in e2e/fixtures/<file>. */
export const readQueries = (file: string): Query[] =>
	(
		JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as {
			queries: Query[];
		}
	).queries;

/** Every query file in e2e/fixtures: the shared one, the kit's extra queries, the sentences, the Welsh ones, any added later. */
export const fixtureFiles = (): string[] =>
	readdirSync(new URL('../fixtures/', import.meta.url))
		.filter((f) => /^search-queries.*\.json$/.test(f))
		.sort();

/**
 * The language a query file's queries are typed in, and whose pages they must find: the file name's
 * last part when it is a language's code (`search-queries-cy.json` is Welsh), else English.
 */
export function fixtureLocale(file: string): Locale {
	const code = /-([a-z]{2})\.json$/.exec(file)?.[1];
	return isLocale(code) ? code : defaultLocale;
}

/** The first search on a page loads Pagefind's WebAssembly and index: allow for a busy machine. */
export const firstLoad = { timeout: 15_000 };

/** The site's base path as the browser sees it ("/" or "/safety-kit/"), from Playwright's baseURL. */
export const baseURL = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/');
export const basePath = () => baseURL().pathname;

/** The kit's search for a page (e2e/support/kit-search.browser.ts), bundled once per run. */
let bundle: Promise<string> | undefined;
const kitSearchBundle = () =>
	(bundle ??= build({
		entryPoints: [fileURLToPath(new URL('./kit-search.browser.ts', import.meta.url))],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2022',
		logLevel: 'silent',
		define: { __SEARCH_WORDS__: JSON.stringify(readSearchWordsByLocale()) },
	}).then((out) => out.outputFiles[0]!.text));

/**
 * Runs a query through the kit's own search in the page: Pagefind's JavaScript API on the built
 * index, with the kit's ranking and, with `fallback: true`, the sentence fallback, exactly as the
 * search page and dialog run it (src/features/search/search-fallback.ts). Like them, it searches the
 * index of the page's language with that language's word lists: load a Welsh page for Welsh. Returns the number of results
 * and the first `limit` of them (all when limit is 0), with routes relative to the base path.
 */
export async function pagefindSearch(
	page: Page,
	q: string | null,
	options: { filters?: Record<string, string>; limit?: number; fallback?: boolean } = {}
): Promise<{ total: number; hits: Hit[] }> {
	const base = basePath();
	if (!(await page.evaluate(() => 'kitSearch' in globalThis)))
		await page.evaluate(await kitSearchBundle());
	const found = await page.evaluate(
		({ script, q, options }) =>
			(
				globalThis as unknown as {
					kitSearch(
						script: string,
						q: string | null,
						options: object
					): Promise<{ total: number; hits: (Omit<Hit, 'route'> & { url: string })[] }>;
				}
			).kitSearch(script, q, options),
		{
			script: withBase(base, searchScript()),
			q,
			options: { limit: 3, fallback: false, ...options },
		}
	);
	return {
		total: found.total,
		hits: found.hits.map(({ url, ...hit }) => ({
			...hit,
			route: routeOfPathname(base, new URL(url, 'http://kit.invalid').pathname) ?? url,
		})),
	};
}

/** Call at the top of a spec: every test in it then fails on a console error, an uncaught exception or a dialog (alert). */
export function failOnPageProblems(): void {
	const problemsOf = new WeakMap<Page, string[]>();
	test.beforeEach(async ({ page }) => {
		const problems: string[] = [];
		problemsOf.set(page, problems);
		// Chromium may ask for /favicon.ico at the server's root, outside a sub-path build: not a search error.
		await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
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
}
