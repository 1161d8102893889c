/**
 * The Content Security Policy (src/lib/csp.ts) must never get in the way: no page, and none of the
 * interactive states (search dialog with results, the search page, presentation mode and the presenter
 * view, the leaflet's live preview, practice activities, quick exit), may trigger a violation.
 * The every-page sweep shares its single page load per route with e2e/every-page.spec.ts; that every
 * built page carries the policy in a meta tag, the same as the header's, is checked on the HTML in
 * e2e/dist.spec.ts, and what the policy allows in src/lib/csp.test.ts.
 */
import { expect, test } from '@playwright/test';
import { watchCsp } from './support/csp';
import { at } from './support/site';
import {
	adviceList,
	help,
	leafletCustomise,
	lessonItem,
	practiceActivity,
	present,
	search,
} from '../src/site/routes';

const firstLoad = { timeout: 15_000 };

test('search: the dialog with results and the search page with ?q= and filters', async ({
	page,
	context,
}) => {
	const csp = await watchCsp(context);
	await page.goto(at(help()));
	await page.keyboard.press('Control+K');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
	await page.keyboard.type('fake account');
	await expect(dialog.locator('.kit-result-link').first()).toBeVisible(firstLoad);
	expect(await csp.violations()).toEqual([]);

	await page.goto(at(search('screenshot')));
	await expect(page.locator('.kit-result').first()).toBeVisible(firstLoad);
	await page.getByLabel('Who it is for').selectOption({ index: 1 });
	await page.locator('[data-search-input]').fill('zzqxjv');
	await expect(page.getByRole('heading', { name: 'Get help now' })).toBeVisible(firstLoad);
	expect(await csp.violations()).toEqual([]);
});

test('presentation mode: stepping through slides, the presenter view in its own window', async ({
	page,
	context,
}) => {
	const csp = await watchCsp(context);
	await page.goto(at(present(lessonItem('friend-requests'))));
	await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
	for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
	const opened = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Presenter view' }).click();
	const view = await opened;
	await expect(view.locator('[data-part="count"]')).toHaveText(/^1 of \d+$/);
	await view.keyboard.press('ArrowRight');
	await expect(page.locator('[data-counter]')).toHaveText(/^2 \//);
	expect(await csp.violations()).toEqual([]);
});

test('the leaflet live preview follows typing', async ({ page, context }) => {
	const csp = await watchCsp(context);
	await page.goto(at(leafletCustomise()));
	await page.getByLabel('School name').pressSequentially('Riverside Academy');
	await expect(page.locator('.sheet-preview')).toContainText('Riverside Academy');
	await page.getByRole('button', { name: 'Clear' }).click();
	expect(await csp.violations()).toEqual([]);
});

test('practice activities: answering a card and following the story', async ({ page, context }) => {
	const csp = await watchCsp(context);
	await page.goto(at(practiceActivity('real-or-fake')));
	await page.locator('main details summary').first().click();
	await page.goto(at(practiceActivity('too-good-to-be-true')));
	await page.locator('main details summary').filter({ visible: true }).first().click();
	await page.locator('main details[open] a.next').filter({ visible: true }).first().click();
	await expect(page).toHaveURL(/#step-/);
	expect(await csp.violations()).toEqual([]);
});

test('quick exit leaves without a violation', async ({ page, context }) => {
	const csp = await watchCsp(context);
	await page.route(/bbc\.co\.uk/, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' })
	);
	await page.goto(at(adviceList()));
	const violations = await csp.violations();
	await page.getByRole('link', { name: /Quick exit/ }).click();
	await expect(page).toHaveTitle('Weather');
	expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the slides become a scrolling page through a stylesheet the policy allows', async ({
		page,
	}) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (/content security policy/i.test(m.text())) problems.push(m.text());
		});
		await page.goto(at(present(lessonItem('friend-requests'))));
		const overflow = await page.evaluate(() => getComputedStyle(document.documentElement).overflow);
		expect(overflow).toBe('auto');
		expect(problems).toEqual([]);
	});
});
