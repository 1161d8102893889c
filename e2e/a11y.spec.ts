/**
 * Accessibility sweep: every built page, on a phone and a laptop, in light and dark schemes, with axe;
 * plus reflow at 320 CSS px and keyboard journeys with visible focus.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { at, builtRoutes } from './support/site';

const routes = builtRoutes();
const widths = [360, 1280];
const schemes = ['light', 'dark'] as const;

for (const route of routes) {
	for (const scheme of schemes) {
		test(`${route} has no axe violations (${scheme}, ${widths.join(' and ')} px)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of widths) {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(at(route));
				await expectNoAxeViolations(page);
			}
		});
	}

	// Print routes are A4 documents for the PDF build, not pages to read on a phone.
	if (route.endsWith('/print/')) continue;
	test(`${route} reflows at 320 CSS px and at 200% text without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(at(route));
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow()).toBeLessThanOrEqual(0);
		// 200% text at 640 px is the same layout as 320 px at 100%, but check text scaling itself too.
		await page.setViewportSize({ width: 640, height: 800 });
		await page.addStyleTag({ content: 'html { font-size: 225% !important; }' });
		expect(await overflow()).toBeLessThanOrEqual(0);
	});
}

test('keyboard: the skip link is first, visible when focused, and moves focus to the content', async ({ page }) => {
	await page.goto(at('/help/'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	const box = await skip.boundingBox();
	expect(box && box.y >= 0).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
	expect(inMain).toBe(true);
});

test('keyboard: main navigation and Get help now are reachable with Tab and show a focus outline', async ({ page }) => {
	await page.goto(at('/'));
	const seen: string[] = [];
	for (let i = 0; i < 8; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return { text: el.textContent?.trim() ?? '', outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
		});
		expect(info.outline, `focus outline on "${info.text}"`).toBe(true);
		seen.push(info.text);
	}
	expect(seen).toEqual(expect.arrayContaining(['Pupils', 'Teachers', 'Parents and carers', 'Get help now']));
});

test('keyboard: quick exit is reachable and works with Enter', async ({ page }) => {
	await page.route(/bbc\.co\.uk/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
	await page.goto(at('/advice/'));
	const exit = page.getByRole('link', { name: /Quick exit/ });
	for (let i = 0; i < 15 && !(await exit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(exit).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveTitle('Weather');
});
