/**
 * Byte budgets, on the built site in Chromium: what a page downloads before anyone touches it. Sizes
 * are gzipped with zlib's default level, as a compressing server would send them; inline `<script>`
 * and `<style>` blocks count too. Deterministic: the same build always gives the same numbers.
 *
 * The numbers are `budgets` below, defined here where they are enforced: JavaScript on lesson and advice
 * pages (the search dialog, for one, loads on first use), CSS on every page type, JavaScript on the
 * presentation and presenter pages; the search page's first load, JavaScript and CSS together
 * (`searchPageFirstLoadBudget`, 50 KB). The PDFs' limit is the build's (`maxPdfBytes` in
 * src/features/print/pdf.ts). Timings are never tested here: see `npm run bench` (docs/bench.md).
 */
import { expect, test, type Browser, type Request } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { searchPageFirstLoadBudget } from '../src/features/search/search';
import { advicePage, lesson, search } from '../src/site/routes';
import { at, builtIds, builtPages } from './support/site';

// Bytes are measured, not time: a page in a fresh context can take a while to load on a busy 2-core
// machine, so these tests get more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const KB = 1024;
const budgets = { lightJs: 5 * KB, css: 20 * KB, presentJs: 20 * KB };

/** Script types the browser runs (not data blocks such as Pagefind's result template or JSON). */
const runnable = (type: string | null) =>
	!type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/**
 * Loads `route` in a fresh browser context (empty cache), waits until it has loaded, laid out its text
 * in its fonts and drawn a frame, then until every request it made so far has finished, and sums the
 * gzipped bytes of the JavaScript and CSS it fetched or carries inline, without any interaction.
 *
 * Not `networkidle`: that waits for 500 ms without a request, a guess about timing that a busy machine
 * can keep from ever coming true (a presenter-view run once timed out there). Counting the requests
 * the page made is exact, and a request that never ends fails the test naming its URL.
 */
async function firstLoad(
	browser: Browser,
	baseURL: string | undefined,
	route: string
): Promise<{ js: number; css: number; files: string[] }> {
	const context = await browser.newContext(baseURL ? { baseURL } : {});
	const page = await context.newPage();
	const bodies: Promise<{ kind: 'js' | 'css'; url: string; bytes: number }>[] = [];
	const open = new Set<Request>();
	page.on('request', (request) => open.add(request));
	page.on('requestfinished', (request) => open.delete(request));
	page.on('requestfailed', (request) => open.delete(request));
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if ((type !== 'script' && type !== 'stylesheet') || response.status() >= 300) return;
		bodies.push(
			response.body().then((body) => ({
				kind: type === 'script' ? 'js' : 'css',
				url: response.url(),
				bytes: gzipSync(body).length,
			}))
		);
	});
	const response = await page.goto(at(route), { waitUntil: 'load' });
	expect(response?.ok(), `${route} loads`).toBe(true);
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
	});
	await expect
		.poll(() => [...open].map((request) => request.url()), {
			message: `requests of ${route} that never finished`,
			timeout: 30_000,
		})
		.toEqual([]);
	const inline = await page.evaluate(() => ({
		scripts: [...document.querySelectorAll('script:not([src])')].map((s) => ({
			type: s.getAttribute('type'),
			text: s.textContent ?? '',
		})),
		styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
	}));
	const files = await Promise.all(bodies);
	await context.close();
	const sum = (kind: 'js' | 'css') =>
		files.filter((f) => f.kind === kind).reduce((total, f) => total + f.bytes, 0);
	const inlineJs = inline.scripts
		.filter((s) => runnable(s.type) && s.text.trim())
		.reduce((t, s) => t + gzipSync(s.text).length, 0);
	const inlineCss = inline.styles
		.filter((s) => s.trim())
		.reduce((t, s) => t + gzipSync(s).length, 0);
	return {
		js: sum('js') + inlineJs,
		css: sum('css') + inlineCss,
		files: files.map((f) => `${f.kind} ${f.bytes} B ${new URL(f.url).pathname}`),
	};
}

const pages = builtPages();

/** One route per page of the site model (src/site/routes.ts): the first lesson, advice page… */
function pageTypes(): Map<string, string> {
	const types = new Map<string, string>();
	for (const page of pages) if (!types.has(page.name)) types.set(page.name, page.route);
	return types;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const lessons = builtIds('lesson').map(lesson);
const advice = builtIds('adviceItem').map(advicePage);
const present = pages.filter((page) => page.kind === 'presentation').map((page) => page.route);

test('there are lesson, advice and presentation pages to measure', () => {
	expect(lessons.length).toBeGreaterThan(0);
	expect(advice.length).toBeGreaterThan(0);
	expect(present.length).toBeGreaterThan(0);
});

for (const route of [...lessons, ...advice]) {
	test(`${route} loads at most ${kb(budgets.lightJs)} of JavaScript gzipped before any interaction`, async ({
		browser,
		baseURL,
	}) => {
		const { js, files } = await firstLoad(browser, baseURL, route);
		test.info().annotations.push({ type: 'js', description: kb(js) });
		expect(js, `JavaScript gzipped (${files.join(', ')})`).toBeLessThanOrEqual(budgets.lightJs);
	});
}

for (const [name, route] of pageTypes()) {
	test(`the ${name} page (${route}) loads at most ${kb(budgets.css)} of CSS gzipped`, async ({
		browser,
		baseURL,
	}) => {
		const { css, files } = await firstLoad(browser, baseURL, route);
		test.info().annotations.push({ type: 'css', description: kb(css) });
		expect(css, `CSS gzipped (${files.join(', ')})`).toBeLessThanOrEqual(budgets.css);
	});
}

test(`the search page loads at most ${kb(searchPageFirstLoadBudget)} of JavaScript and CSS gzipped before anyone types`, async ({
	browser,
	baseURL,
}) => {
	const { js, css, files } = await firstLoad(browser, baseURL, search());
	test.info().annotations.push({ type: 'js + css', description: kb(js + css) });
	expect(js).toBeGreaterThan(0);
	expect(js + css, `JavaScript and CSS gzipped (${files.join(', ')})`).toBeLessThanOrEqual(
		searchPageFirstLoadBudget
	);
});

// The scripts are the same for every lesson (the slides are in the HTML), so one lesson is enough.
for (const route of present.slice(0, 2)) {
	test(`${route} loads at most ${kb(budgets.presentJs)} of JavaScript gzipped`, async ({
		browser,
		baseURL,
	}) => {
		const { js, files } = await firstLoad(browser, baseURL, route);
		test.info().annotations.push({ type: 'js', description: kb(js) });
		expect(js).toBeGreaterThan(0);
		expect(js, `JavaScript gzipped (${files.join(', ')})`).toBeLessThanOrEqual(budgets.presentJs);
	});
}
