/**
 * Every built page, loaded once in Chromium, with the offline service worker running as on a pupil's
 * phone: all the checks that hold on every page run on that one load.
 * - Privacy is a feature: no page (nor the service worker) talks to another site, sets a cookie or
 *   keeps anything in storage beyond what docs/privacy-and-security.md lists, and nothing breaks the
 *   Content Security Policy (e2e/csp.spec.ts covers the interactive states).
 * - What a reader sees: one h1, British English (`lang`), the way to Get help now, only phone numbers
 *   (in text and `tel:` links) from the services data, and no words run together.
 * Each failure names the page and the rule; a run goes on to the end, so it lists every page that
 * breaks a rule.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { phoneKey, phoneNumbersIn } from '../src/lib/services';
import { home } from '../src/site/routes';
import { locales, splitLocale } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { watchCsp } from './support/csp';
import { at, builtRoutes, services } from './support/site';

const routes = builtRoutes();
const known = new Set(services.flatMap((s) => (s.phone ? [phoneKey(s.phone)] : [])));

// With the offline service worker running, as on a pupil's phone (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the page has loaded, laid out its text in its fonts and drawn a frame, then until every
 * request it made so far has finished: exact, where `networkidle` guesses with a 500 ms quiet spell.
 */
async function settled(page: Page, open: Set<Request>, route: string): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
	});
	await expect
		.poll(() => [...open].map((request) => request.url()), {
			message: `${route}: requests that never finished`,
		})
		.toEqual([]);
}

/**
 * What the page holds as it is now, read in one go (a round trip per check would cost more than the
 * page load): storage, the policy violations recorded so far, and what a reader sees.
 */
function readPage(getHelp: string) {
	const visible = (el: Element) =>
		el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
		el.getBoundingClientRect().width > 0;
	// The link's accessible name, as a screen reader and getByRole compute it for the kit's links.
	const named = [...document.querySelectorAll('a')].filter((a) =>
		(a.getAttribute('aria-label') ?? a.textContent ?? '')
			.replace(/\s+/g, ' ')
			.toLowerCase()
			.includes(getHelp.toLowerCase())
	);
	return {
		local: { ...localStorage },
		session: { ...sessionStorage },
		csp: window.__cspViolations ?? [],
		h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? ''),
		lang: document.documentElement.getAttribute('lang'),
		getHelpVisible: named.length > 0 && visible(named[0]!),
		text: document.body.innerText,
		tel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) =>
			a.getAttribute('href')!.slice(4)
		),
	};
}

/** What a reader sees: one h1, the page's language, Get help now, the data's phone numbers only. */
function expectReadable(seen: ReturnType<typeof readPage>, route: string): void {
	expect.soft(seen.h1s.length, `${route}: one h1`).toBe(1);
	expect.soft(seen.h1s[0], `${route}: the h1 has words`).toBeTruthy();
	// The page's language: British English at the root, Welsh under /cy/, with its own words for help.
	const { locale } = splitLocale(route);
	const { lang } = locales[locale];
	expect.soft(seen.lang, `${route}: lang ${lang}`).toBe(lang);
	const getHelp = strings(locale)('site.getHelpNow');
	expect.soft(seen.getHelpVisible, `${route}: ${getHelp} is visible`).toBe(true);
	const printed = phoneNumbersIn(seen.text).map((m) => phoneKey(m.number));
	expect
		.soft(
			printed.filter((n) => !known.has(n)),
			`${route}: phone numbers not in the data`
		)
		.toEqual([]);
	// Astro 7 compresses whitespace between inline elements: catch words that ran together.
	expect
		.soft(seen.text.match(/[a-z][.?!:][A-Z][a-z]+/g) ?? [], `${route}: words run together`)
		.toEqual([]);
	expect
		.soft(
			seen.tel.filter((n) => !known.has(n)),
			`${route}: tel: links not in the data`
		)
		.toEqual([]);
}

/** Every page, in two halves so both workers share them: each half is one browsing session. */
const groups = 2;
for (let group = 0; group < groups; group++) {
	const share = routes.filter((_, i) => i % groups === group);
	test(`every page (${group + 1} of ${groups}): nothing from another site, no cookies or storage, no CSP violation; one h1, the page's language, Get help now, only phone numbers from the services data, no words run together`, async ({
		page,
		context,
		baseURL,
	}) => {
		// Every page of the half in one context, so the service worker caches the kit once.
		test.setTimeout(60_000 + share.length * 5_000);
		const csp = await watchCsp(context);
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		// The context sees the service worker's requests as well as the page's.
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol.startsWith('http') && url.origin !== origin)
				foreign.push(`${page.url()} -> ${request.url()}`);
		});
		const reported = new Set<string>();
		const open = new Set<Request>();
		page.on('request', (request) => open.add(request));
		page.on('requestfinished', (request) => open.delete(request));
		page.on('requestfailed', (request) => open.delete(request));
		for (const route of share) {
			await test.step(route, async () => {
				const response = await page.goto(at(route));
				expect.soft(response?.status(), `${route}: status`).toBe(200);
				await settled(page, open, route);
				const getHelp = strings(splitLocale(route).locale)('site.getHelpNow');
				const seen = await page.evaluate(readPage, getHelp);
				// Each page's own, so a failure names the page where it happened.
				expect.soft(foreign.splice(0), `${route}: requests to another site`).toEqual([]);
				const violations = [...csp.logged(), ...seen.csp.map((v) => `${route}: ${v}`)].filter(
					(v) => !reported.has(v)
				);
				violations.forEach((v) => reported.add(v));
				expect.soft(violations, `${route}: Content Security Policy violations`).toEqual([]);
				// The one localStorage use (docs/privacy-and-security.md) is opt-in on the customise page: e2e/print.spec.ts.
				expect.soft(seen.local, `${route}: localStorage`).toEqual({});
				// The only sessionStorage use (listed in docs/privacy-and-security.md): presentation mode's clock start, a number.
				for (const [key, value] of Object.entries(seen.session)) {
					expect.soft(key, `${route}: sessionStorage`).toMatch(/^tgtbt-clock:[a-z0-9-]+$/);
					expect.soft(value, `${route}: sessionStorage ${key}`).toMatch(/^\d+$/);
				}
				expect.soft(await context.cookies(), `${route}: cookies`).toEqual([]);
				expectReadable(seen, route);
			});
		}
		// Cache Storage (listed in docs/privacy-and-security.md): only the kit's own files, from its own address.
		const own = new URL(at(home()), baseURL).href;
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			return urls;
		});
		expect(
			cached.filter((url) => !url.startsWith(own)),
			'Cache Storage: files from elsewhere'
		).toEqual([]);
	});
}
