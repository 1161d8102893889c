/**
 * Measurements in headless Chromium (the browser tools/browser.ts finds): page weight on first load
 * and Pagefind search cost. Every page is loaded in a fresh browser context (empty cache).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../tools/browser.ts';
import { listFiles } from '../../tools/list-files.ts';
import { pathInBuild } from '../../src/site/paths.ts';
import { searchBundle, searchScript } from '../../src/site/files.ts';
import { lesson, pageAt } from '../../src/site/routes.ts';

export async function launch() {
	return chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
}

const kinds = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** Raw, gzip (zlib default, level 6) and brotli (quality 11) sizes of a body. */
export function sizes(body) {
	return {
		raw: body.length,
		gzip: gzipSync(body).length,
		brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

const emptyTotals = () =>
	Object.fromEntries(
		[...Object.values(kinds), 'other', 'total'].map((k) => [k, { raw: 0, gzip: 0, brotli: 0 }])
	);

/**
 * Loads `url` in a fresh context, waits for the load event and for the network to go quiet, and
 * returns { requests, bytes: { html|css|js|font|image|other|total: { raw, gzip, brotli } } }:
 * everything the browser fetched before any interaction.
 */
export async function pageWeight(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				return {
					kind: kinds[response.request().resourceType()] ?? 'other',
					url: response.url(),
					size: sizes(body),
				};
			})()
		);
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
	await page.waitForLoadState('networkidle');
	const files = await Promise.all(pending);
	await context.close();
	const bytes = emptyTotals();
	for (const f of files) {
		for (const k of ['raw', 'gzip', 'brotli']) {
			bytes[f.kind][k] += f.size[k];
			bytes.total[k] += f.size[k];
		}
	}
	return { url, requests: files.length, bytes };
}

/** Size on disk of the Pagefind bundle in `dist/pagefind/`: { files, bytes }. */
export function indexSize(dist) {
	const dir = join(dist, pathInBuild(searchBundle()));
	const files = listFiles(dir);
	return {
		files: files.length,
		bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
	};
}

/**
 * Pagefind cost on a built site served at `origin` (at the root), with Pagefind's own API (its
 * `pagefind.js`,
 * the same engine both the kit's and Starlight's search UIs drive), from a page of the site:
 * - firstQuery: bytes (raw) fetched from the first query to its first five results' data, including
 *   pagefind.js, the WebAssembly, the metadata and index chunks, and the fragments;
 * - timesMs: for each query, the time from `search(query)` to the first five results' data, after the
 *   first query has loaded the engine (the time a reader waits once search is open).
 */
export async function searchCost(browser, origin, pagePath, queries) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	let bytes = 0;
	let requests = 0;
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((b) => {
					bytes += b.length;
					requests += 1;
				})
				.catch(() => undefined)
		);
	});
	const script = searchScript();
	const first = await page.evaluate(
		async ([q, src]) => {
			const t0 = performance.now();
			const pagefind = await import(src);
			await pagefind.init();
			const search = await pagefind.search(q);
			await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			return { ms: performance.now() - t0, results: search.results.length };
		},
		[queries[0], script]
	);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	const firstQuery = { bytes, requests, ms: first.ms, results: first.results };
	const timesMs = [];
	let found = 0;
	for (const q of queries) {
		const r = await page.evaluate(
			async ([query, src]) => {
				const pagefind = await import(src);
				const t0 = performance.now();
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, 5).map((x) => x.data()));
				return { ms: performance.now() - t0, results: search.results.length };
			},
			[q, script]
		);
		timesMs.push(r.ms);
		if (r.results > 0) found += 1;
	}
	await context.close();
	return { firstQuery, timesMs, queries: queries.length, withResults: found };
}

/** `/lessons/bench-0042-friend-requests/` is a copy of `/lessons/friend-requests/`: the same route for the top three. */
function templateRoute(route) {
	const page = pageAt(route);
	const copy = page?.name === 'lesson' ? /^bench-\d+-(.+)$/.exec(page.params.id ?? '') : null;
	return copy ? lesson(copy[1]) : route;
}

/**
 * The kit's search with and without its sentence fallback (src/features/search/search-fallback.ts, as
 * bundled by fallback-bundle.mjs), side by side on one built site at `origin`: two fresh browser
 * contexts, each with its own Pagefind and cache and the kit's ranking, given the same queries in
 * turn (which side goes first alternates, so a busy machine slows both alike). `queries` are
 * `{ q, expect }` from the fixtures. Returns, per side, the first (engine-loading) search's time
 * and, per query, the time from the search to its first five results' data, the number of
 * results and searches run, and whether an expected route is in the first three (a synthetic
 * lesson counts as the lesson it copies).
 */
export async function fallbackCost(browser, origin, queries, { script, ranking, words }) {
	const side = async (withFallback) => {
		const context = await browser.newContext();
		if (withFallback) await context.addInitScript(script);
		const page = await context.newPage();
		await page.goto(`${origin}/help/`, { waitUntil: 'load' });
		return { context, page, withFallback };
	};
	const run = (s, q) =>
		s.page.evaluate(
			async ({ q, withFallback, ranking, words }) => {
				const pagefind = await import('/pagefind/pagefind.js');
				await pagefind.options({ ranking });
				const t0 = performance.now();
				const search = withFallback
					? await globalThis.kitSearchFallback.searchWithFallback(pagefind, q, words)
					: await pagefind.search(q);
				const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				return {
					ms: performance.now() - t0,
					results: search.results.length,
					searches: search.fallback?.searched.length ?? 1,
					top: data.slice(0, 3).map((d) => new URL(d.url, 'http://x').pathname),
				};
			},
			{ q, withFallback: s.withFallback, ranking, words }
		);
	const plain = await side(false);
	const fallback = await side(true);
	// The first search loads the engine (and, with the fallback, looks up the pupil pages once).
	const firstMs = {
		plain: (await run(plain, 'kit')).ms,
		fallback: (await run(fallback, 'kit')).ms,
	};
	const rows = [];
	for (const [i, { q, expect }] of queries.entries()) {
		const order = i % 2 ? [fallback, plain] : [plain, fallback];
		const row = { q };
		for (const s of order) {
			const r = await run(s, q);
			row[s.withFallback ? 'fallback' : 'plain'] = {
				ms: r.ms,
				results: r.results,
				searches: r.searches,
				top: r.top,
				hit: r.top.some((route) => expect.includes(templateRoute(route))),
			};
		}
		rows.push(row);
	}
	await plain.context.close();
	await fallback.context.close();
	return { firstMs, rows };
}
