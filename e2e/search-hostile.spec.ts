/**
 * Hostile and odd input (markup, regex characters, very long queries, emoji, spaces) in Pagefind's API,
 * the search page and the dialog: shown as text, nothing run.
 */
import { expect, test } from '@playwright/test';
import { help, search } from '../src/site/routes';
import { failOnPageProblems, firstLoad, pagefindSearch } from './support/search';
import { at } from './support/site';

const hostile = [
	'<img src=x onerror=alert(1)>',
	'<script>alert("x")</script>',
	'.*+?^${}()|[]\\',
	'a'.repeat(1000),
	'😱🆘💔',
	'     ',
];

failOnPageProblems();

test.describe('hostile and odd input', () => {
	test('Pagefind’s API takes each without an error', async ({ page }) => {
		await page.goto(at(search()));
		for (const q of hostile) {
			const { total } = await pagefindSearch(page, q);
			expect(total).toBeGreaterThanOrEqual(0);
		}
	});

	for (const q of hostile) {
		const name = q.length > 40 ? `${q.slice(0, 20)}… (${q.length} characters)` : JSON.stringify(q);
		test(`the search page shows ${name} from its address as text and runs nothing`, async ({
			page,
		}) => {
			const shown = q.trim().slice(0, 200);
			await page.goto(at(search(q)));
			const input = page.locator('[data-search-input]');
			await expect(input).toBeVisible(firstLoad);
			if (shown)
				await expect(page.locator('[data-search-summary]')).toContainText(shown, firstLoad);
			await input.fill(q);
			if (!shown) await expect(page.locator('.kit-results > li')).toHaveCount(0);
			// Markup in the query never became elements.
			await expect(
				page.locator('img[src="x"], main script:not([type]), [data-search-summary] *')
			).toHaveCount(0);
		});
	}

	test('the dialog shows each as text and runs nothing', async ({ page }) => {
		// One dialog, typed into again and again, as a pupil would.
		await page.goto(at(help()));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog');
		const input = dialog.locator('[data-search-input]');
		await expect(input).toBeFocused(firstLoad);
		for (const q of hostile) {
			const shown = q.trim().slice(0, 200);
			await input.fill(q);
			if (shown)
				await expect(dialog.locator('[data-search-summary]'), q).toContainText(shown, firstLoad);
			else await expect(dialog.locator('.kit-results > li'), 'spaces only').toHaveCount(0);
			await expect(
				page.locator('img[src="x"], main script:not([type]), [data-search-summary] *'),
				q
			).toHaveCount(0);
		}
	});
});
