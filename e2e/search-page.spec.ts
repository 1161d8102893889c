/**
 * The search page (src/site/routes.ts `search()`): the query from the address, type and audience on
 * each result, typed queries, showing more results, and filters; in Welsh, the Welsh page and the
 * dialog on a Welsh page.
 */
import { expect, test } from '@playwright/test';
import { routeOfPathname } from '../src/site/paths';
import { advicePage, guide, help, pageAt, search } from '../src/site/routes';
import { inLocale } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { searchLabels } from '../src/features/search/labels';
import { resultsPageSize } from '../src/features/search/search';
import { basePath, failOnPageProblems, firstLoad, pagefindSearch } from './support/search';
import { at } from './support/site';

failOnPageProblems();

test.describe('the search page', () => {
	test('runs the query from ?q= and shows type and audience on each result', async ({ page }) => {
		await page.goto(at(search('fake account')));
		const results = page.locator('.kit-result');
		await expect(results.first()).toBeVisible(firstLoad);
		await expect(page.locator('[data-search-input]')).toHaveValue('fake account');
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
		{ q: 'childline number', expect: [help()] },
		{ q: 'ground rules', expect: [guide('teachers')] },
		{ q: 'sextortin', expect: [advicePage('what-is-sextortion')] },
		// Needs the kit's ranking (src/features/search/search.ts): with Pagefind's default both pages are fourth or lower.
		{ q: 'report to police', expect: [help(), advicePage('if-it-happens')] },
	]) {
		test(`typing "${q}" lists ${expected.join(' or ')} in the top three`, async ({ page }) => {
			await page.goto(at(search()));
			await page.locator('[data-search-input]').fill(q);
			await expect(page.locator('.kit-results > li').first()).toBeAttached(firstLoad);
			await expect(page).toHaveURL(
				new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}`)
			);
			const items = page.locator('.kit-results > li');
			const top: string[] = [];
			for (let i = 0; i < Math.min(3, await items.count()); i += 1) {
				const link = items.nth(i).locator('.kit-result-link');
				const pathname = new URL((await link.getAttribute('href'))!, 'http://x').pathname;
				top.push(routeOfPathname(basePath(), pathname) ?? pathname);
			}
			expect(
				top.some((route) => expected.includes(route)),
				JSON.stringify(top)
			).toBe(true);
		});
	}

	test('a long list shows the first results, and "Show more results" adds the next with focus on them', async ({
		page,
	}) => {
		await page.goto(at(search('safeguarding')));
		const items = page.locator('.kit-results > li');
		await expect(items).toHaveCount(resultsPageSize, firstLoad);
		await expect(page.locator('[data-search-summary]')).toHaveText(
			/^\d+ results for safeguarding$/
		);
		const total = Number(
			/\d+/.exec((await page.locator('[data-search-summary]').textContent())!)![0]
		);
		expect(total).toBeGreaterThan(resultsPageSize);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect(items).toHaveCount(Math.min(total, 2 * resultsPageSize));
		await expect(items.nth(resultsPageSize).locator('.kit-result-link')).toBeFocused();
	});

	test('filters narrow the results', async ({ page }) => {
		await page.goto(at(search()));
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
		for (const hit of ks3.hits) expect(pageAt(hit.route)?.name, hit.route).toBe('lesson');

		// The same through the page's filter, whose counts come from Pagefind.
		await page.locator('[data-search-input]').fill('safeguarding');
		const summary = page.locator('[data-search-summary]');
		await expect(summary).toHaveText(`${all.total} results for safeguarding`, firstLoad);
		const audience = page.getByLabel('Who it is for');
		await expect(audience.locator('option', { hasText: /^Teachers/ })).toHaveText(
			`Teachers (${teachers.total})`
		);
		await audience.selectOption('Teachers');
		await expect(summary).toHaveText(
			`${teachers.total} result${teachers.total === 1 ? '' : 's'} for safeguarding`
		);
		await expect(page.locator('.kit-result-audience').first()).toContainText('teachers');
	});

	test('in Welsh, the page and the dialog search the Welsh pages and say so in Welsh', async ({
		page,
	}) => {
		const t = strings('cy');
		const label = searchLabels(t);
		await page.goto(at(inLocale(search('rhif ffon childline'), 'cy')));
		const main = page.locator('main');
		const first = main.locator('.kit-result').first();
		await expect(first).toBeVisible(firstLoad);
		await expect(main.locator('[data-search-summary]')).toHaveText(
			new RegExp(`^\\d+ (canlyniad|o ganlyniadau) ar gyfer rhif ffon childline$`)
		);
		await expect(first.locator('.kit-result-link')).toHaveAttribute('href', /\/cy\/help\/$/);
		await expect(first.locator('.kit-result-type')).toHaveText(label.type('help'));
		await expect(first.locator('.kit-result-audience')).toHaveText(
			label.audienceLine(['pupils', 'parents', 'teachers'])
		);
		await expect(main.getByLabel(label.filter('audience'))).toBeVisible();
		for (const href of await main
			.locator('.kit-result-link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
			expect(new URL(href, 'http://x').pathname).toMatch(/\/cy\//);

		await page.goto(at(inLocale(help(), 'cy')));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog', { name: t('search.searchTheKit') });
		await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
		await page.keyboard.type('mae rhywun yn fy mlacmelio');
		const panel = dialog.locator('[data-search-help]');
		await expect(panel).toBeVisible(firstLoad);
		await expect(panel.getByRole('heading', { name: t('site.getHelpNow') })).toBeVisible();
		await expect(panel).toContainText('nid dy fai di yw e');
	});
});
