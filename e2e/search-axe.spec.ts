/**
 * The search loading nothing from anywhere but the kit's own origin. Axe on search in its open
 * states (the dialog with the help panel, the page with an open filter, light and dark) is in the
 * audit's sweep of interactive states (e2e/a11y.spec.ts, `npm run audit`).
 */
import { expect, test } from '@playwright/test';
import { help, search } from '../src/site/routes';
import { baseURL, failOnPageProblems, firstLoad } from './support/search';
import { at } from './support/site';

failOnPageProblems();

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
