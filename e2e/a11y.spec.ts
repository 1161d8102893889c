/**
 * Accessibility: axe (WCAG 2.2 AA and best practices), reflow at 320 CSS px and 200% text, and keyboard
 * journeys with visible focus.
 *
 * `npm test` runs a representative set: home, a lesson, an advice page, help, the search page and the
 * search dialog with results, present mode, the presenter view and the leaflet customise page, each
 * loaded once and checked at 360 px in light and 1280 px in dark, plus the keyboard journeys.
 * `npm run audit` (tests tagged @audit) runs the full sweep: every built page at 360 and 1280 px in
 * light and dark, reflow on every page, and the interactive states in both schemes and widths.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { addStyles } from './support/csp';
import { at, builtPages } from './support/site';
import {
	adviceList,
	advicePage,
	help,
	home,
	leafletCustomise,
	lesson,
	lessonItem,
	present,
	presenter,
	search,
	slide,
} from '../src/site/routes';

const pages = builtPages();
const firstLoad = { timeout: 15_000 };
const audit = { tag: '@audit' };

type Look = { width: number; scheme: 'light' | 'dark' };
const quickLooks: Look[] = [
	{ width: 360, scheme: 'light' },
	{ width: 1280, scheme: 'dark' },
];
const allLooks: Look[] = [360, 1280].flatMap((width) =>
	(['light', 'dark'] as const).map((scheme) => ({ width, scheme }))
);

/** Runs axe in each look without reloading: viewport and colour scheme change in place. */
async function axeInEachLook(page: Page, looks: Look[]): Promise<void> {
	for (const { width, scheme } of looks) {
		await page.setViewportSize({ width, height: 800 });
		await page.emulateMedia({ colorScheme: scheme });
		await test.step(`axe at ${width} px, ${scheme}`, () => expectNoAxeViolations(page));
	}
}

/** The interactive states axe must see, each ready to check after `open`. */
const states: { name: string; open(page: Page): Promise<void> }[] = [
	{
		name: 'the search page with results',
		async open(page) {
			await page.goto(at(search('fake account')));
			await expect(page.locator('.kit-result').first()).toBeVisible(firstLoad);
		},
	},
	{
		name: 'the search dialog with results',
		async open(page) {
			await page.goto(at(help()));
			await page.keyboard.press('Control+K');
			const dialog = page.getByRole('dialog');
			await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
			await page.keyboard.type('screenshot');
			await expect(dialog.locator('.kit-result-link').first()).toBeVisible(firstLoad);
		},
	},
	{
		name: 'present mode',
		async open(page) {
			await page.goto(at(slide(present(lessonItem('friend-requests')), 3)));
			await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
		},
	},
	{
		name: 'the presenter view',
		async open(page) {
			await page.goto(at(slide(presenter(lessonItem('friend-requests')), 3)));
			await expect(page.locator('[data-part="now"] .slide')).toHaveCount(1);
		},
	},
	{
		name: 'the leaflet customise page after typing',
		async open(page) {
			await page.goto(at(leafletCustomise()));
			await page.getByLabel('School name').pressSequentially('Riverside Academy');
			await expect(page.locator('.sheet-preview')).toContainText('Riverside Academy');
		},
	},
];

const representative = [home(), lesson('friend-requests'), advicePage('if-it-happens'), help()];

for (const route of representative) {
	test(`${route} has no axe violations (360 px light, 1280 px dark)`, async ({ page }) => {
		// Two axe runs over a whole lesson plan (the longest page, with its slides, notes and
		// worksheet) can pass 30 s on a busy shared machine; this checks rules, not speed.
		test.setTimeout(90_000);
		await page.goto(at(route));
		await axeInEachLook(page, quickLooks);
	});
}

for (const state of states) {
	test(`${state.name}: no axe violations (360 px light, 1280 px dark)`, async ({ page }) => {
		// As for the pages above: a wait for results and two axe runs, rules not speed.
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 360, height: 800 });
		await state.open(page);
		await axeInEachLook(page, quickLooks);
	});

	test(
		`${state.name}: no axe violations at 360 and 1280 px, light and dark`,
		audit,
		async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await state.open(page);
			await axeInEachLook(page, allLooks);
		}
	);
}

for (const { route, kind } of pages) {
	test(
		`${route} has no axe violations (360 and 1280 px, light and dark)`,
		audit,
		async ({ page }) => {
			await page.goto(at(route));
			await axeInEachLook(page, allLooks);
		}
	);

	// Print views are A4 documents for the PDF build, not pages to read on a phone.
	if (kind === 'print') continue;
	const details = representative.includes(route) ? {} : audit;
	test(
		`${route} reflows at 320 CSS px and at 200% text without sideways scrolling`,
		details,
		async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(at(route));
			const overflow = () =>
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
			expect(await overflow()).toBeLessThanOrEqual(0);
			// 200% text at 640 px is the same layout as 320 px at 100%, but check text scaling itself too.
			await page.setViewportSize({ width: 640, height: 800 });
			await addStyles(page, 'html { font-size: 225% !important; }');
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'36px'
			);
			expect(await overflow()).toBeLessThanOrEqual(0);
		}
	);
}

test('keyboard: the skip link is first, visible when focused, and moves focus to the content', async ({
	page,
}) => {
	await page.goto(at(help()));
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

test('keyboard: main navigation and Get help now are reachable with Tab and show a focus outline', async ({
	page,
}) => {
	await page.goto(at(home()));
	const seen: string[] = [];
	for (let i = 0; i < 8; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return {
				text: el.textContent?.trim() ?? '',
				outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
			};
		});
		expect(info.outline, `focus outline on "${info.text}"`).toBe(true);
		seen.push(info.text);
	}
	expect(seen).toEqual(
		expect.arrayContaining(['Pupils', 'Teachers', 'Parents and carers', 'Get help now'])
	);
});

test('keyboard: quick exit is reachable and works with Enter', async ({ page }) => {
	await page.route(/bbc\.co\.uk/, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' })
	);
	await page.goto(at(adviceList()));
	const exit = page.getByRole('link', { name: /Quick exit/ });
	for (let i = 0; i < 15 && !(await exit.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(exit).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveTitle('Weather');
});
