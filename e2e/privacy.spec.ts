/**
 * Privacy is a feature: no page talks to another site, sets a cookie or keeps anything in storage.
 * The same single load of every page also checks that nothing breaks the Content Security Policy
 * (e2e/csp.spec.ts covers the interactive states).
 */
import { expect, test } from '@playwright/test';
import { watchCsp } from './support/csp';
import { home } from '../src/site/routes';
import { at, builtRoutes } from './support/site';

const routes = builtRoutes();

// With the offline service worker running, as on a pupil's phone (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('no page requests anything from another origin, sets cookies, uses storage or violates the CSP', async ({
	page,
	context,
	baseURL,
}) => {
	// Every page in one context, so the service worker caches the kit once: about half a minute on
	// a quiet two-core machine, over two minutes on a crowded one beside the build checks.
	test.setTimeout(300_000);
	const csp = await watchCsp(context);
	const violations = new Set<string>();
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin)
			foreign.push(`${page.url()} -> ${request.url()}`);
	});
	for (const route of routes) {
		await page.goto(at(route));
		await page.waitForLoadState('networkidle');
		for (const v of await csp.violations()) violations.add(v);
		const storage = await page.evaluate(() => ({
			local: { ...localStorage },
			session: { ...sessionStorage },
		}));
		// The one localStorage use (docs/privacy-and-security.md) is opt-in on the customise page: e2e/print.spec.ts.
		expect(storage.local, `localStorage on ${route}`).toEqual({});
		// The only sessionStorage use (listed in docs/privacy-and-security.md): presentation mode's clock start, a number.
		for (const [key, value] of Object.entries(storage.session)) {
			expect(key, `sessionStorage on ${route}`).toMatch(/^tgtbt-clock:[a-z0-9-]+$/);
			expect(value).toMatch(/^\d+$/);
		}
	}
	expect(foreign).toEqual([]);
	expect([...violations]).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	// Cache Storage (listed in docs/privacy-and-security.md): only the kit's own files, from its own address.
	const own = new URL(at(home()), baseURL).href;
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});
	expect(cached.filter((url) => !url.startsWith(own))).toEqual([]);
});
