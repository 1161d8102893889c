/**
 * Smoke suite for the kit built under a sub-path (BASE_PATH=/safety-kit/, playwright.subpath.config.ts):
 * pages, links and assets, search, present mode, PDFs, slide exports and the service worker all stay
 * under the base path, and nothing the browser asks for is missing or outside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportsOf } from '../../src/features/slides/export/deck-exports';
import { serviceWorkerScript, webManifest } from '../../src/site/files';
import { withBase } from '../../src/site/paths';
import {
	adviceList,
	help,
	home,
	leaflet,
	leafletPdf,
	lesson,
	lessonItem,
	lessonList,
	offline,
	present,
	presenter,
	search,
	slide,
} from '../../src/site/routes';
import { at, builtIds, builtRoutes, distDir } from '../support/site';

const base = () => new URL(test.info().project.use.baseURL!).pathname;
const origin = () => new URL(test.info().project.use.baseURL!).origin;
const lessonId = builtIds('lesson')[0]!;

/** Fails the test if the page asks for anything outside the base path or gets an error back. */
function watchRequests(page: Page): string[] {
	const problems: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin()) return;
		if (!url.pathname.startsWith(base())) problems.push(`outside the base path: ${url.pathname}`);
		else if (response.status() >= 400) problems.push(`${response.status()}: ${url.pathname}`);
	});
	// A request cut short because the test moved on to the next page (net::ERR_ABORTED) is not a
	// missing file: those show as 404s above, and the test before this one fetches every asset.
	page.on('requestfailed', (request) => {
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
	});
	return problems;
}

test('the build is for the sub-path', () => {
	expect(base()).not.toBe('/');
	expect(builtRoutes()).toContain(offline());
});

test('every page links only inside the base path, and every link and asset exists', async ({
	request,
}) => {
	test.setTimeout(120_000);
	const targets = new Set<string>();
	const outside: string[] = [];
	for (const route of builtRoutes()) {
		const response = await request.get(at(route));
		expect(response.ok(), route).toBe(true);
		const html = await response.text();
		for (const [, path] of html.matchAll(
			/\s(?:href|src|action|poster|content)="(\/[^"/][^"]*|\/)"/g
		)) {
			if (!path!.startsWith(base())) outside.push(`${route} -> ${path}`);
			else targets.add(path!.replace(/#.*$/, ''));
		}
	}
	expect(outside).toEqual([]);
	const missing: string[] = [];
	for (const target of targets) {
		const response = await request.get(new URL(target, origin()).href);
		if (!response.ok()) missing.push(`${response.status()} ${target}`);
	}
	expect(missing).toEqual([]);
	expect(targets.size).toBeGreaterThan(40);
});

test('home, a lesson, advice and help load with nothing missing', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(at(home()));
	await expect(page.locator('h1')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Teachers' })
		.click();
	await expect(page).toHaveURL(new RegExp(`${withBase(base(), lessonList())}$`));
	await page.goto(at(lesson(lessonId)));
	await expect(page.locator('h1')).toBeVisible();
	await page.goto(at(adviceList()));
	await page.getByRole('link', { name: 'Get help now' }).first().click();
	await expect(page).toHaveURL(new RegExp(`${withBase(base(), help())}$`));
	await expect(page.locator('[data-service="childline"]').first()).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
	expect(problems).toEqual([]);
});

test('present mode and the presenter view work under the sub-path', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(at(slide(present(lessonItem(lessonId)), 2)));
	await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#3$/);
	await page.goto(at(presenter(lessonItem(lessonId))));
	await expect(page.locator('presenter-view')).toBeVisible();
	expect(problems).toEqual([]);
});

test('search finds pages and its result links work', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(at(search('fake account')));
	const link = page.locator('.kit-result-link').first();
	await expect(link).toBeVisible({ timeout: 15_000 });
	expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base()}`));
	await link.click();
	await expect(page.locator('h1')).not.toHaveText('Page not found');
	expect(page.url()).toContain(base());
	expect(problems).toEqual([]);
});

test('the leaflet PDF downloads from under the sub-path', async ({ request, page }) => {
	const response = await request.get(at(leafletPdf()));
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('pdf');
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await page.goto(at(leaflet()));
	const href = await page
		.locator(`a[href$="${leafletPdf().split('/').pop()}"]`)
		.first()
		.getAttribute('href');
	expect(href).toBe(withBase(base(), leafletPdf()));
});

test("a lesson's slide exports download from under the sub-path, and its offline deck works from disk", async ({
	context,
	page,
}) => {
	const deck = exportsOf(lessonItem(lessonId));
	await page.goto(at(lesson(lessonId)));
	for (const file of [deck.pptx, deck.offline]) {
		const link = page.locator(`a[href="${base()}${file}"]`);
		await expect(link).toHaveAttribute('download', '');
		expect((await page.request.get(at(`/${file}`))).ok(), file).toBe(true);
	}
	// Built for the sub-path, the file still holds everything it needs: nothing else is asked for.
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await context.setOffline(true);
	const url = pathToFileURL(join(distDir, deck.offline)).href;
	await page.goto(url);
	await expect(page.locator('[data-counter]')).toHaveText(/^1 \/ \d+$/);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#2$/);
	expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next"'))).toBe(
		true
	);
	expect(requests.filter((r) => r.replace(/[?#].*$/, '') !== url)).toEqual([]);
});

test.describe('service worker', () => {
	test.use({ serviceWorkers: 'allow' });
	test('registers with the sub-path as its scope and caches only files under it', async ({
		page,
	}) => {
		const problems = watchRequests(page);
		await page.goto(at(home()));
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const info = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
			return { scope: registration?.scope, script: registration?.active?.scriptURL, urls };
		});
		expect(info.scope).toBe(`${origin()}${base()}`);
		expect(info.script).toBe(`${origin()}${withBase(base(), serviceWorkerScript())}`);
		expect(info.urls.length).toBeGreaterThan(50);
		expect(info.urls.filter((u) => !u.startsWith(`${origin()}${base()}`))).toEqual([]);
		const manifest = await (await page.request.get(at(webManifest()))).json();
		expect(manifest.start_url).toBe(base());
		expect(problems).toEqual([]);
	});
});
