/**
 * Accessibility of search in its open states (the dialog with the help panel, the page with an open
 * filter), light and dark, and the search loading nothing from anywhere but the kit's own origin.
 */
import { expect, test } from '@playwright/test';
import { help, search } from '../src/site/routes';
import { expectNoAxeViolations } from './support/axe';
import { baseURL, failOnPageProblems, firstLoad } from './support/search';
import { at } from './support/site';

failOnPageProblems();

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds nothing in the open dialog, the help panel or an chosen filter (${scheme})`, async ({
		page,
	}) => {
		test.slow(); // two axe runs and two cold search loads: over 30 s on a busy 2-core machine
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(at(help()));
		await page.keyboard.press('Control+K');
		await expect(page.getByRole('dialog').locator('[data-search-input]')).toBeFocused(firstLoad);
		await page.keyboard.type('someone has my nudes');
		await expect(page.getByRole('dialog').locator('[data-search-help]')).toBeVisible(firstLoad);
		await expect(page.getByRole('dialog').locator('.kit-results > li').first()).toBeAttached(
			firstLoad
		);
		await expectNoAxeViolations(page);

		await page.goto(at(search('fake account')));
		await expect(page.locator('.kit-result-link').first()).toBeVisible(firstLoad);
		await page.getByLabel('Who it is for').selectOption({ index: 1 });
		await expect(page.locator('[data-search-summary]')).toContainText('result');
		await expectNoAxeViolations(page);
	});
}

test('the search loads everything from the site’s own origin', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== baseURL().origin) foreign.push(request.url());
	});
	await page.goto(at(search('lesson plan')));
	await expect(page.locator('.kit-result').first()).toBeVisible(firstLoad);
	await page.goto(at(help()));
	await page.keyboard.press('Control+K');
	await expect(page.getByRole('dialog').locator('[data-search-input]')).toBeFocused(firstLoad);
	await page.keyboard.type('fake account');
	await expect(page.getByRole('dialog').locator('.kit-result').first()).toBeVisible(firstLoad);
	expect(foreign).toEqual([]);
});
