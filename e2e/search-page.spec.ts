/**
 * The search page (src/site/routes.ts `search()`): the query from the address, type and audience on
 * each result, typed queries, placeholders that stay still, and filters.
 */
import { expect, test } from '@playwright/test';
import { routeOfPathname } from '../src/site/paths';
import { advicePage, guide, help, pageAt, search } from '../src/site/routes';
import { basePath, failOnPageProblems, firstLoad, pagefindSearch } from './support/search';
import { at } from './support/site';

failOnPageProblems();

test.describe('the search page', () => {
	test('runs the query from ?q= and shows type and audience on each result', async ({ page }) => {
		await page.goto(at(search('fake account')));
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
		{ q: 'childline number', expect: [help()] },
		{ q: 'ground rules', expect: [guide('teachers')] },
		{ q: 'sextortin', expect: [advicePage('what-is-sextortion')] },
		// Needs the kit's ranking (src/features/search/search.ts): with Pagefind's default both pages are fourth or lower.
		{ q: 'report to police', expect: [help(), advicePage('if-it-happens')] },
	]) {
		test(`typing "${q}" lists ${expected.join(' or ')} in the top three`, async ({ page }) => {
			await page.goto(at(search()));
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
			const top: string[] = [];
			for (let i = 0; i < Math.min(3, await items.count()); i += 1) {
				const link = items.nth(i).locator('.kit-result-link');
				await expect(async () => {
					await items.nth(i).scrollIntoViewIfNeeded({ timeout: 2_000 });
					await expect(link).toBeAttached({ timeout: 2_000 });
				}).toPass(firstLoad);
				const pathname = new URL((await link.getAttribute('href'))!, 'http://x').pathname;
				top.push(routeOfPathname(basePath(), pathname) ?? pathname);
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
		await page.goto(at(search('safeguarding')));
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
