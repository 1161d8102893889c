/**
 * The search dialog on every page: by keyboard alone (Ctrl+K, type, arrows, Enter, Tab, Escape) and
 * never from a plain letter key.
 */
import { expect, test } from '@playwright/test';
import { advicePage, glossary, help } from '../src/site/routes';
import { failOnPageProblems, firstLoad } from './support/search';
import { at, escapeRegExp } from './support/site';

failOnPageProblems();

test.describe('the search dialog', () => {
	test('works by keyboard alone: Ctrl+K, type, arrow to a result, Enter', async ({ page }) => {
		await page.goto(at(advicePage('what-is-sextortion')));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible(firstLoad);
		await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
		await page.keyboard.type('ground rules');
		// Results for the first letters typed can show before those for the whole words.
		await expect(dialog.locator('[data-search-summary]')).toContainText('ground rules', firstLoad);
		const first = dialog.locator('.kit-result-link').first();
		await expect(first).toBeVisible(firstLoad);
		await expect(dialog.locator('.kit-result-type').first()).not.toBeEmpty();
		const target = await first.getAttribute('href');
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(target!)}$`));
	});

	test('Tab also reaches the results, and Escape closes and returns focus to the opener', async ({
		page,
	}) => {
		await page.goto(at(help()));
		const control = page.getByRole('button', { name: 'Search' });
		await control.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
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
		await expect(page).toHaveURL(new RegExp(`${help()}$`));
	});

	test('a plain letter key does not open search outside a text field', async ({ page }) => {
		await page.goto(at(glossary()));
		for (const key of ['k', '/', 's']) await page.keyboard.press(key);
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});
});
