/**
 * Search on the built site: the realistic queries through Pagefind's own JavaScript API, a few
 * through the UI, filters, the keyboard-only dialog, the "Get help now" safety net, hostile input,
 * and what must never be in the index. Works under a base path (BASE_PATH) as well as at the root.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { at, builtRoutes, distDir, serviceById } from './support/site';
import { searchRanking } from '../src/lib/search';

interface Query {
	q: string;
	expect: string[];
	why?: string;
}
interface Hit {
	route: string;
	title: string;
	type: string;
	audience: string;
	filters: Record<string, string[]>;
	content: string;
}

const readQueries = (file: string): Query[] =>
	(
		JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as {
			queries: Query[];
		}
	).queries;

const routes = new Set(builtRoutes());
/** The first search on a page loads Pagefind's WebAssembly and index: allow for a busy machine. */
const firstLoad = { timeout: 15_000 };
const hostile = [
	'<img src=x onerror=alert(1)>',
	'<script>alert("x")</script>',
	'.*+?^${}()|[]\\',
	'a'.repeat(1000),
	'😱🆘💔',
	'     ',
];

/** The site's base path as the browser sees it ("/" or "/safety-kit/"), from Playwright's baseURL. */
const baseURL = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/');
const basePath = () => baseURL().pathname;

/**
 * Runs a query through `pagefind.search` in the page, as any script on the site could, and returns
 * the first `limit` results (all when limit is 0) with routes relative to the base path.
 */
async function pagefindSearch(
	page: Page,
	q: string | null,
	options: { filters?: Record<string, string>; limit?: number } = {}
): Promise<{ total: number; hits: Hit[] }> {
	const base = basePath();
	return page.evaluate(
		async ({ base, q, filters, limit, ranking }) => {
			const pagefind = await import(`${base}pagefind/pagefind.js`);
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
							route: `/${d.url.slice(base.length)}`,
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
		{ base, q, filters: options.filters, limit: options.limit ?? 3, ranking: { ...searchRanking } }
	);
}

// Every test fails on a console error, an uncaught exception or a JavaScript dialog (alert).
const problemsOf = new WeakMap<Page, string[]>();
test.beforeEach(async ({ page }) => {
	const problems: string[] = [];
	problemsOf.set(page, problems);
	// The kit has no favicon yet; the browser's automatic request for one is not a search error.
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

for (const [file, label] of [
	['search-queries.json', 'the shared queries file'],
	['search-queries-extra.json', 'the kit’s own slang, sentences and misspellings'],
] as const) {
	test(`${label}: an expected page is in the top three for every query`, async ({ page }) => {
		await page.goto(at('/help/'));
		const blocked: string[] = [];
		for (const { q, expect: expected } of readQueries(file)) {
			if (!expected.some((route) => routes.has(route))) {
				blocked.push(`"${q}" needs ${expected.join(' or ')}`);
				continue;
			}
			const { hits } = await pagefindSearch(page, q);
			const top = hits.map((h) => h.route);
			expect
				.soft(
					top.some((route) => expected.includes(route)),
					`"${q}": top three ${JSON.stringify(top)}, expected one of ${JSON.stringify(expected)}`
				)
				.toBe(true);
		}
		if (blocked.length > 0) {
			test.info().annotations.push({ type: 'blocked on content', description: blocked.join('; ') });
		}
	});
}

test.describe('the search page', () => {
	test('runs the query from ?q= and shows type and audience on each result', async ({ page }) => {
		await page.goto(at('/search/?q=fake%20account'));
		const results = page.locator('pagefind-results .kit-result');
		await expect(results.first()).toBeVisible(firstLoad);
		await expect(page.locator('pagefind-input input')).toHaveValue('fake account');
		const count = await results.count();
		for (let i = 0; i < count; i += 1) {
			await expect(results.nth(i).locator('.kit-result-type')).not.toBeEmpty();
			await expect(results.nth(i).locator('.kit-result-audience')).toHaveText(/^For /);
		}
		await expect(results.first().locator('.kit-result-title')).toHaveText(
			'Friend requests and fake accounts'
		);
		await expect(results.first().locator('.kit-result-type')).toHaveText('Advice');
		await expect(results.first().locator('.kit-result-audience')).toHaveText('For pupils');
	});

	for (const { q, expect: expected } of [
		{ q: 'childline number', expect: ['/help/'] },
		{ q: 'ground rules', expect: ['/teachers/'] },
		{ q: 'sextortin', expect: ['/advice/what-is-sextortion/'] },
		// Needs the kit's ranking (src/lib/search.ts): with Pagefind's default both pages are fourth or lower.
		{ q: 'report to police', expect: ['/help/', '/advice/if-it-happens/'] },
	]) {
		test(`typing "${q}" lists ${expected.join(' or ')} in the top three`, async ({ page }) => {
			await page.goto(at('/search/'));
			await page.locator('pagefind-input input').fill(q);
			await expect(page.locator('pagefind-results ul.pf-results > li').first()).toBeAttached(
				firstLoad
			);
			await expect(page).toHaveURL(
				new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}`)
			);
			// Results fill in as they scroll into view (the help panel may sit above them), so bring
			// each of the first three into view and read them in order: centring the whole list
			// would leave the first ones above the screen, never filled in, on a long list.
			const items = page.locator('pagefind-results ul.pf-results > li');
			const base = basePath();
			const top: string[] = [];
			for (let i = 0; i < Math.min(3, await items.count()); i += 1) {
				const link = items.nth(i).locator('.kit-result-link');
				await expect(async () => {
					await items.nth(i).scrollIntoViewIfNeeded({ timeout: 2_000 });
					await expect(link).toBeAttached({ timeout: 2_000 });
				}).toPass(firstLoad);
				top.push(
					`/${new URL((await link.getAttribute('href'))!, 'http://x').pathname.slice(base.length)}`
				);
			}
			expect(
				top.some((route) => expected.includes(route)),
				JSON.stringify(top)
			).toBe(true);
		});
	}

	test('result placeholders below the first screen stay still, so the page is not repainted for ever', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto(at('/search/?q=safeguarding'));
		// Results fill in only as they scroll into view: the rest wait as placeholders.
		await expect(page.locator('pagefind-results ul.pf-results > li').nth(5)).toBeAttached(
			firstLoad
		);
		await expect(page.locator('pagefind-results .pf-skeleton').first()).toBeAttached();
		const running = await page
			.locator('pagefind-results')
			.evaluate((el) => el.getAnimations({ subtree: true }).length);
		expect(running).toBe(0);
	});

	test('filters narrow the results', async ({ page }) => {
		await page.goto(at('/search/'));
		const all = await pagefindSearch(page, 'safeguarding', { limit: 0 });
		const teachers = await pagefindSearch(page, 'safeguarding', {
			filters: { audience: 'Teachers' },
			limit: 0,
		});
		expect(teachers.total).toBeGreaterThan(0);
		expect(teachers.total).toBeLessThan(all.total);
		for (const hit of teachers.hits) expect(hit.filters['audience']).toContain('Teachers');

		const lessons = await pagefindSearch(page, null, { filters: { type: 'Lesson' }, limit: 0 });
		expect(lessons.total).toBeGreaterThan(0);
		for (const hit of lessons.hits) expect(hit.type).toBe('Lesson');
		const ks3 = await pagefindSearch(page, null, { filters: { stage: 'KS3' }, limit: 0 });
		for (const hit of ks3.hits) expect(hit.route).toMatch(/^\/lessons\/[^/]+\/$/);

		// The same through the page's filter dropdown.
		await page.locator('pagefind-input input').fill('safeguarding');
		// Results load lazily: count the list items (placeholders included), not the filled-in ones.
		const results = page.locator('pagefind-results ul.pf-results > li');
		await expect(results).toHaveCount(all.total);
		await page.locator('pagefind-filter-dropdown[filter="audience"]').getByRole('combobox').click();
		await page.getByRole('option', { name: /Teachers/ }).click();
		await expect(results).toHaveCount(teachers.total);
		await expect(page.locator('pagefind-results .kit-result-audience').first()).toContainText(
			'teachers'
		);
	});
});

test.describe('the search dialog', () => {
	test('works by keyboard alone: Ctrl+K, type, arrow to a result, Enter', async ({ page }) => {
		await page.goto(at('/advice/what-is-sextortion/'));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible(firstLoad);
		await expect(dialog.locator('pagefind-input input')).toBeFocused(firstLoad);
		await page.keyboard.type('ground rules');
		const first = dialog.locator('.kit-result-link').first();
		await expect(first).toBeVisible(firstLoad);
		await expect(dialog.locator('.kit-result-type').first()).not.toBeEmpty();
		const target = await first.getAttribute('href');
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	});

	test('Tab also reaches the results, and Escape closes and returns focus to the opener', async ({
		page,
	}) => {
		await page.goto(at('/help/'));
		const control = page.getByRole('button', { name: 'Search' });
		await control.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('pagefind-input input')).toBeFocused(firstLoad);
		await page.keyboard.type('report remove');
		await expect(dialog.locator('.kit-result-link').first()).toBeVisible(firstLoad);
		for (
			let i = 0;
			i < 6 &&
			!(await dialog
				.locator('.kit-result-link')
				.first()
				.evaluate((a) => a === document.activeElement));
			i += 1
		) {
			await page.keyboard.press('Tab');
		}
		await expect(dialog.locator('.kit-result-link').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(control).toBeFocused();

		// Opened with Ctrl+K from nowhere in particular, focus comes back to the search button.
		await page.locator('h1').click();
		await page.keyboard.press('Control+K');
		await expect(dialog).toBeVisible(firstLoad);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(control).toBeFocused();
		// Escape in the dialog is not the quick exit's double Escape.
		await expect(page).toHaveURL(/help\/$/);
	});

	test('a plain letter key does not open search outside a text field', async ({ page }) => {
		await page.goto(at('/glossary/'));
		for (const key of ['k', '/', 's']) await page.keyboard.press(key);
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});
});

test.describe('safety net', () => {
	async function expectHelpPanel(scope: Locator) {
		const panel = scope.locator('[data-search-help]');
		await expect(panel).toBeVisible(firstLoad);
		await expect(panel.getByRole('heading', { name: 'Get help now' })).toBeVisible();
		for (const id of ['childline', 'ceop']) {
			const service = serviceById(id);
			const card = panel.locator(`[data-service="${id}"]`);
			await expect(card.getByRole('heading')).toHaveText(service.name);
			if (service.phone) await expect(card.locator('a.phone')).toHaveText(service.phone);
			if (service.url) await expect(card.locator(`a[href="${service.url}"]`)).toHaveCount(1);
		}
		return panel;
	}

	test('a search that finds nothing shows Get help now with Childline and CEOP', async ({
		page,
	}) => {
		await page.goto(at('/search/?q=zzqxjv'));
		await expect(page.locator('pagefind-summary')).toContainText('zzqxjv');
		await expect(page.locator('pagefind-results .kit-result')).toHaveCount(0);
		const panel = await expectHelpPanel(page.locator('main'));
		await expect(panel).toContainText('Nothing in the kit matched');
	});

	for (const q of ['help', 'blackmail', 'someone has my nudes', "i'm scared", 'what do i do']) {
		test(`"${q}" reads like a call for help: the panel shows above the results`, async ({
			page,
		}) => {
			await page.goto(at('/search/'));
			await page.locator('pagefind-input input').fill(q);
			const panel = await expectHelpPanel(page.locator('main'));
			await expect(panel).toContainText('it is not your fault');
		});
	}

	test('every call for help in the extra queries file gets the panel, found pages or not', async ({
		page,
	}) => {
		const calls = (
			JSON.parse(
				readFileSync(new URL('./fixtures/search-queries-extra.json', import.meta.url), 'utf8')
			) as { callsForHelp: string[] }
		).callsForHelp;
		expect(calls.length).toBeGreaterThan(0);
		for (const q of calls) {
			await page.goto(at(`/search/?q=${encodeURIComponent(q)}`));
			await expect(page.locator('pagefind-summary'), q).toContainText(q, firstLoad);
			await expect(page.locator('main [data-search-help]'), q).toBeVisible();
		}
	});

	test('the dialog shows it too, and hides it for an ordinary search', async ({ page }) => {
		await page.goto(at('/lessons/'));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('pagefind-input input')).toBeFocused(firstLoad);
		await page.keyboard.type('someone has my nudes');
		await expectHelpPanel(dialog);
		await dialog.locator('pagefind-input input').fill('lesson plan');
		await expect(dialog.locator('.kit-result').first()).toBeVisible(firstLoad);
		await expect(dialog.locator('[data-search-help]')).toBeHidden();
	});
});

test.describe('hostile and odd input', () => {
	test('Pagefind’s API takes each without an error', async ({ page }) => {
		await page.goto(at('/search/'));
		for (const q of hostile) {
			const { total } = await pagefindSearch(page, q);
			expect(total).toBeGreaterThanOrEqual(0);
		}
	});

	for (const q of hostile) {
		const name = q.length > 40 ? `${q.slice(0, 20)}… (${q.length} characters)` : JSON.stringify(q);
		test(`the page and the dialog show ${name} as text and run nothing`, async ({ page }) => {
			const shown = q.trim().slice(0, 200);
			await page.goto(at(`/search/?q=${encodeURIComponent(q)}`));
			const input = page.locator('pagefind-input input');
			await expect(input).toBeVisible(firstLoad);
			if (shown) await expect(page.locator('pagefind-summary')).toContainText(shown, firstLoad);
			await input.fill(q);
			if (!shown) await expect(page.locator('pagefind-results ul.pf-results > li')).toHaveCount(0);

			await page.goto(at('/help/'));
			await page.keyboard.press('Control+K');
			const dialog = page.getByRole('dialog');
			await expect(dialog.locator('pagefind-input input')).toBeFocused(firstLoad);
			await dialog.locator('pagefind-input input').fill(q);
			if (shown) await expect(dialog.locator('pagefind-summary')).toContainText(shown, firstLoad);
			else await expect(dialog.locator('pagefind-results ul.pf-results > li')).toHaveCount(0);
			// Markup in the query never became elements.
			await expect(
				page.locator('img[src="x"], main script:not([type]), pagefind-summary *:not(div)')
			).toHaveCount(0);
		});
	}
});

test.describe('what is in the index', () => {
	test('only page bodies: no 404, no presentation views, no presenter notes, no header or footer', async ({
		page,
	}) => {
		await page.goto(at('/search/'));
		const { hits } = await pagefindSearch(page, null, { limit: 0 });
		const indexed = hits.map((h) => h.route).sort();
		expect(indexed.length).toBeGreaterThan(5);
		for (const route of indexed) {
			expect(route).not.toMatch(/\/present\/|^\/404/);
			expect(routes.has(route), `${route} is not a built page`).toBe(true);
		}
		expect(indexed).not.toContain('/search/');

		// Presenter notes: every <Notes> text in the built lesson pages, none of it in the index.
		const notes = [...routes]
			.filter((r) => r.startsWith('/lessons/') && r !== '/lessons/')
			.flatMap((r) => [
				...readFileSync(`${distDir}${r.slice(1)}index.html`, 'utf8').matchAll(
					/<div class="speaker-notes"[^>]*>([\s\S]*?)<\/div>/g
				),
			])
			.map((m) =>
				m[1]!
					.replace(/<[^>]+>/g, ' ')
					.replace('Say or do', '')
					.replace(/\s+/g, ' ')
					.trim()
			)
			.filter((text) => text.length > 12);
		for (const hit of hits) {
			for (const text of notes)
				expect(hit.content, `${hit.route} indexes presenter notes`).not.toContain(text);
			expect(hit.content).not.toContain('Need to talk?');
			expect(hit.content).not.toContain('Quick exit');
		}
	});

	test('every indexed page has a type, an audience and a summary', async ({ page }) => {
		await page.goto(at('/search/'));
		const { hits } = await pagefindSearch(page, null, { limit: 0 });
		for (const hit of hits) {
			expect(hit.type, hit.route).not.toBe('');
			expect(hit.audience, hit.route).toMatch(/^For /);
			expect(hit.filters['type'], hit.route).toHaveLength(1);
			expect(hit.filters['audience']?.length, hit.route).toBeGreaterThan(0);
			if (hit.type === 'Lesson' && hit.route !== '/lessons/')
				expect(hit.filters['stage']?.length, hit.route).toBeGreaterThan(0);
		}
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds nothing in the open dialog, the help panel or an open filter (${scheme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(at('/help/'));
		await page.keyboard.press('Control+K');
		await expect(page.getByRole('dialog').locator('pagefind-input input')).toBeFocused(firstLoad);
		await page.keyboard.type('someone has my nudes');
		await expect(page.getByRole('dialog').locator('[data-search-help]')).toBeVisible(firstLoad);
		await expect(page.getByRole('dialog').locator('ul.pf-results > li').first()).toBeAttached(
			firstLoad
		);
		await expectNoAxeViolations(page);

		await page.goto(at('/search/?q=fake%20account'));
		await expect(page.locator('.kit-result-link').first()).toBeVisible(firstLoad);
		await page.locator('pagefind-filter-dropdown[filter="audience"]').getByRole('combobox').click();
		await expect(page.getByRole('option').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the search loads everything from the site’s own origin', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== baseURL().origin) foreign.push(request.url());
	});
	await page.goto(at('/search/?q=lesson%20plan'));
	await expect(page.locator('pagefind-results .kit-result').first()).toBeVisible(firstLoad);
	await page.goto(at('/help/'));
	await page.keyboard.press('Control+K');
	await expect(page.getByRole('dialog').locator('pagefind-input input')).toBeFocused(firstLoad);
	await page.keyboard.type('fake account');
	await expect(page.getByRole('dialog').locator('.kit-result').first()).toBeVisible(firstLoad);
	expect(foreign).toEqual([]);
});
