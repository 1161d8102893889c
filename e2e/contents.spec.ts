/**
 * A lesson page is long (every activity, its slides and notes): its "On this page" list, made at build
 * time, jumps to each section, by mouse or keyboard, after the "at a glance" facts and buttons.
 */
import { expect, test } from '@playwright/test';
import { lesson } from '../src/site/routes';
import { at } from './support/site';

test('a lesson page lists its sections after the glance, and every jump link lands on its heading', async ({
	page,
}) => {
	await page.goto(at(lesson('not-alone')));
	const nav = page.getByRole('navigation', { name: 'On this page' });
	const links = nav.getByRole('link');
	expect(await links.count()).toBeGreaterThan(10);

	// The glance (time and downloads) comes first.
	const glanceBottom = await page
		.getByRole('link', { name: /Download offline slides/ })
		.boundingBox();
	const navTop = await nav.boundingBox();
	expect(navTop!.y).toBeGreaterThan(glanceBottom!.y);

	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^#./);
		await expect(page.locator(href!), href!).toHaveCount(1);
	}

	// By keyboard: Tab from the top of the page into the list, on to a later link, and follow it.
	let tabs = 0;
	while (!(await nav.evaluate((n) => n.contains(document.activeElement)))) {
		expect(++tabs, 'Tab presses to reach the list').toBeLessThan(40);
		await page.keyboard.press('Tab');
	}
	for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
	const target = links.nth(5);
	await expect(target).toBeFocused();
	const href = (await target.getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.locator(href)).toBeInViewport();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	// The next Tab continues from the section jumped to, not from the top of the page.
	await page.keyboard.press('Tab');
	const focusedTop = await page.evaluate(
		() => document.activeElement?.getBoundingClientRect().top ?? -1
	);
	expect(focusedTop).toBeGreaterThanOrEqual(0);
});
