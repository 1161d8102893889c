/**
 * What the search specs share: the query files, Pagefind's own API run in the page (with the kit's
 * ranking), and a watch that fails any test on a console error, an uncaught exception or a dialog.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { searchRanking } from '../../src/features/search/search';
import { searchScript } from '../../src/site/files';
import { routeOfPathname, withBase } from '../../src/site/paths';

export interface Query {
	q: string;
	/** Routes, any of which may answer it. */
	expect: string[];
	why?: string;
	/** Typed by someone in trouble: "Get help now" must show. */
	trouble?: boolean;
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

/** The first search on a page loads Pagefind's WebAssembly and index: allow for a busy machine. */
export const firstLoad = { timeout: 15_000 };

/** The site's base path as the browser sees it ("/" or "/safety-kit/"), from Playwright's baseURL. */
export const baseURL = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/');
export const basePath = () => baseURL().pathname;

/**
 * Runs a query through `pagefind.search` in the page, as any script on the site could, and returns
 * the first `limit` results (all when limit is 0) with routes relative to the base path.
 */
export async function pagefindSearch(
	page: Page,
	q: string | null,
	options: { filters?: Record<string, string>; limit?: number } = {}
): Promise<{ total: number; hits: Hit[] }> {
	const base = basePath();
	const found = await page.evaluate(
		async ({ script, q, filters, limit, ranking }) => {
			const pagefind = await import(script);
			// The same ranking as the kit's search dialog and page.
			await pagefind.options({ ranking });
			const search = await pagefind.search(q, filters ? { filters } : {});
			const results = search?.results ?? [];
			const picked = limit > 0 ? results.slice(0, limit) : results;
			const hits = await Promise.all(
				picked.map(
					async (r: {
						data(): Promise<{
							url: string;
							meta: Record<string, string>;
							filters: Record<string, string[]>;
							content: string;
						}>;
					}) => {
						const d = await r.data();
						return {
							url: d.url,
							title: d.meta['title'] ?? '',
							type: d.meta['type'] ?? '',
							audience: d.meta['audience'] ?? '',
							filters: d.filters,
							content: d.content,
						};
					}
				)
			);
			return { total: results.length, hits };
		},
		{
			script: withBase(base, searchScript()),
			q,
			filters: options.filters,
			limit: options.limit ?? 3,
			ranking: { ...searchRanking },
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
