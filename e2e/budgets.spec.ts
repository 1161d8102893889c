/**
 * Byte budgets that need Chromium: the search page's first load (before anyone types) is measured in
 * the browser, since Pagefind may load its own files as the page opens, at most
 * `searchPageFirstLoadBudget` (50 KB) of JavaScript and CSS gzipped. Sizes are gzipped with zlib's
 * default level, as a compressing server would send them; inline `<script>` and `<style>` blocks count
 * too. Every other page's budget is read from the build (e2e/budgets.built.test.ts, by
 * e2e/support/first-load.ts); a lesson and a slides window loaded here prove that reading matches, file
 * for file, what Chromium downloads.
 */
import { expect, test, type Browser, type Request } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { searchPageFirstLoadBudget } from '../src/features/search/search';
import { fileOfRoute, withBase } from '../src/site/paths';
import { lesson, lessonItem, present, search } from '../src/site/routes';
import { firstLoad as firstLoadFromBuild, runnable } from './support/first-load';
import { at } from './support/site';
import { readSettings } from '../src/site/settings';

// Bytes are measured, not time: a page in a fresh context can take a while to load on a busy 2-core
// machine, so these tests get more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

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
		.filter((s) => runnable(s.type ?? undefined) && s.text.trim())
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

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

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

for (const route of [lesson('friend-requests'), present(lessonItem('friend-requests'))])
	test(`${route}: Chromium downloads the very files, and bytes, that the build's budgets count`, async ({
		browser,
		baseURL,
	}) => {
		const browserLoad = await firstLoad(browser, baseURL, route);
		const fromBuild = firstLoadFromBuild(fileOfRoute(route));
		const named = fromBuild.files
			.filter((f) => !f.name.startsWith('inline'))
			.map((f) => `${f.kind} ${f.bytes} B ${withBase(readSettings().basePath, f.name)}`);
		expect(browserLoad.files.sort()).toEqual(named.sort());
		expect({ js: browserLoad.js, css: browserLoad.css }).toEqual({
			js: fromBuild.js,
			css: fromBuild.css,
		});
	});
