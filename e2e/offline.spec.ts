/**
 * The kit after one visit with no internet: the service worker (src/features/offline/service-worker.ts)
 * has precached every page, the search index, present mode and the PDFs. Also the friendly offline
 * page for anything not saved, the web app manifest, and the "A new version is available" prompt
 * when a new build is published (served by a throwaway server whose files the test changes).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { serveFolder } from '../tools/static-server';
import {
	searchIndexEntry,
	searchScript,
	serviceWorkerScript,
	webManifest,
} from '../src/site/files';
import { fileOfRoute, withBase } from '../src/site/paths';
import {
	advicePage,
	help,
	home,
	leafletPdf,
	lesson,
	lessonItem,
	offline,
	present,
	presenter,
	search,
	slide,
} from '../src/site/routes';
import { expectNoAxeViolations } from './support/axe';
import { at, builtIds, distDir } from './support/site';

test.use({ serviceWorkers: 'allow' });

const lessonIds = builtIds('lesson');
const basePath = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').pathname;

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000,
	});
}

/**
 * One visit, shared: the worker precaches the whole kit (about 9 MB) once for the three checks that
 * need a visited kit and nothing more. They run in order in one worker, and a failure does not skip
 * the others. Each check ends online, as it began.
 */
test.describe('after one visit', () => {
	test.describe.configure({ mode: 'default' });
	let context: BrowserContext;
	let page: Page;
	test.beforeAll(async ({ browser }, info) => {
		test.setTimeout(60_000);
		context = await browser.newContext({
			baseURL: info.project.use.baseURL!,
			serviceWorkers: 'allow',
		});
		page = await context.newPage();
		await page.goto(at(home()));
		await waitForWorker(page);
	});
	test.afterEach(() => context.setOffline(false));
	test.afterAll(() => context.close());

	test('the cache holds only the kit’s own files, and the manifest makes it installable', async () => {
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			}
			return urls;
		});
		const own = new URL(page.url()).origin + basePath();
		expect(cached.length).toBeGreaterThan(50);
		expect(cached.filter((url) => !url.startsWith(own))).toEqual([]);
		for (const route of [
			home(),
			offline(),
			search(),
			searchScript(),
			searchIndexEntry(),
			leafletPdf(),
			webManifest(),
		]) {
			expect(
				cached.some((url) => new URL(url).pathname === withBase(basePath(), route)),
				route
			).toBe(true);
		}

		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(new URL(href!, page.url()).href)).json();
		expect(manifest.start_url).toBe(basePath());
		expect(manifest.scope).toBe(basePath());
		for (const icon of manifest.icons as { src: string }[]) {
			expect((await page.request.get(new URL(icon.src, page.url()).href)).ok(), icon.src).toBe(
				true
			);
		}
	});

	test('an address that is not saved shows the offline page, with help by phone', async () => {
		const notSaved = at(`${home()}not-saved-on-this-device/`);
		// Online, a wrong address still gets the server's "Page not found", not the offline page.
		await page.goto(notSaved);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await context.setOffline(true);
		await page.goto(notSaved);
		await expect(page.locator('h1')).toHaveText('You are offline');
		await expect(page.locator('[data-service="childline"] a.phone')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Get help now' }).last()).toHaveAttribute(
			'href',
			withBase(basePath(), help())
		);
		await page.getByRole('link', { name: 'Get help now' }).last().click();
		await expect(page.locator('h1')).toHaveText('Get help now');
	});

	test('every lesson, advice, help, search, present mode and the leaflet work offline', async () => {
		expect(lessonIds.length).toBeGreaterThanOrEqual(5);
		const scope = await page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.scope
		);
		expect(new URL(scope!).pathname).toBe(basePath());

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		for (const route of [...lessonIds.map(lesson), advicePage('if-it-happens'), help()]) {
			const response = await page.goto(at(route));
			expect(response?.ok(), route).toBe(true);
			expect(response?.fromServiceWorker(), route).toBe(true);
			await expect(page.locator('h1'), route).toHaveCount(1);
			await expect(page.locator('h1')).not.toHaveText('You are offline');
		}
		await expect(page.locator('[data-service="childline"]').first()).toBeVisible();

		// Search: the query string and Pagefind's ?ts=<metaCacheTag> requests are answered from the cache.
		await page.goto(at(search('fake account')));
		await expect(page.locator('.kit-result-link').first()).toBeVisible({
			timeout: 15_000,
		});
		const first = page.locator('.kit-result-link').first();
		await first.click();
		await expect(page.locator('h1')).not.toHaveText('You are offline');

		// Present mode, straight to a slide by its hash, and the presenter view.
		const item = lessonItem(lessonIds[0]!);
		await page.goto(at(slide(present(item), 2)));
		await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
		await expect(page).toHaveURL(/#2$/);
		const presenterView = await page.goto(at(presenter(item)));
		expect(presenterView?.ok()).toBe(true);

		// The leaflet PDF, as a download link would fetch it.
		const pdf = await page.evaluate(
			async (url) => {
				const r = await fetch(url);
				const bytes = new Uint8Array(await r.arrayBuffer());
				return {
					ok: r.ok,
					type: r.headers.get('content-type'),
					head: String.fromCharCode(...bytes.slice(0, 5)),
					size: bytes.length,
				};
			},
			withBase(basePath(), leafletPdf())
		);
		expect(pdf).toMatchObject({ ok: true, head: '%PDF-' });
		expect(pdf.size).toBeGreaterThan(10_000);
	});
});

test('a new build offers “A new version is available”, and Reload shows the new content', async ({
	browser,
}) => {
	test.setTimeout(90_000);
	const base = basePath();
	const server = await serveFolder(distDir, { base });
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await page.goto(server.url);
		await waitForWorker(page);
		await expect(page.locator('[data-update-prompt]')).toBeEmpty();
		const oldTitle = (await page.locator('h1').textContent())!;

		// Publish the next build: the home page changes, so its revision in sw.js changes too.
		const homeFile = fileOfRoute(home());
		const swFile = fileOfRoute(serviceWorkerScript());
		const changed = readFileSync(`${distDir}${homeFile}`, 'utf8').replace(
			/(<h1[^>]*>)/,
			'$1Updated: '
		);
		const sw = readFileSync(`${distDir}${swFile}`, 'utf8');
		const escaped = base.replace(/[/.]/g, '\\$&');
		const next = sw.replace(new RegExp(`(url:"${escaped}",revision:")[0-9a-f]+`), '$1next-build');
		expect(next).not.toBe(sw);
		server.override(homeFile, changed);
		server.override(swFile, next);

		// A navigation checks for a new worker; until the reader agrees, the page stays as it was.
		await page.reload();
		await expect(page.locator('h1')).toHaveText(oldTitle);
		const region = page.locator('[data-update-prompt]');
		await expect(region).toHaveAttribute('role', 'status');
		await expect(region).toContainText('A new version of the kit is available.', {
			timeout: 30_000,
		});
		const reload = region.getByRole('button', { name: 'Reload' });
		await expect(reload).toBeVisible();
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);

		// Keyboard: Tab reaches the button, Enter presses it.
		await page.locator('.site-header .button.help').focus();
		let reached = false;
		for (let i = 0; i < 5 && !reached; i += 1) {
			await page.keyboard.press('Tab');
			reached = await reload.evaluate((el) => el === document.activeElement);
		}
		expect(reached, 'Tab reaches the Reload button').toBe(true);
		await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
		await expect(page.locator('h1')).toHaveText(`Updated: ${oldTitle}`);
		await expect(page.locator('[data-update-prompt]')).toBeEmpty();
	} finally {
		await context.close();
		await server.close();
	}
});
