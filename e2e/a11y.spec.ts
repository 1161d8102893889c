/**
 * Accessibility: axe (WCAG 2.2 AA and best practices), reflow at 320 CSS px and 200% text, and keyboard
 * journeys with visible focus.
 *
 * `npm test` runs the keyboard journeys. `npm run audit` (tests tagged @audit) runs the sweep: every
 * built page loaded once, checked for reflow, then by axe at 360 px in light and at 1280 px in dark
 * (print pages, A4 documents, at 1280 px in light and in dark); and the interactive states (search
 * with results, the help panel, an open filter, present mode, the presenter view, the customise page
 * after typing and with its problems listed), each opened once and checked at 360 and 1280 px in
 * light and in dark. Viewport and colour scheme change in place, without a reload: the scheme is
 * CSS alone. Present mode's every slide and the offline decks: e2e/present-lessons.spec.ts,
 * e2e/slides-offline.spec.ts. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { at, builtPages } from './support/site';
import {
	adviceList,
	help,
	home,
	leafletCustomise,
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
/** Each page in both schemes and at both widths, once each: phone light, desktop dark. */
const pageLooks: Look[] = [
	{ width: 360, scheme: 'light' },
	{ width: 1280, scheme: 'dark' },
];

/** Runs axe in each look without reloading: viewport and colour scheme change in place. */
async function axeInEachLook(page: Page, looks: Look[]): Promise<void> {
	for (const { width, scheme } of looks) {
		await page.setViewportSize({ width, height: 800 });
		await page.emulateMedia({ colorScheme: scheme });
		await test.step(`axe at ${width} px, ${scheme}`, () => expectNoAxeViolations(page));
	}
}

/** The interactive states axe must see, each ready to check after `open`. */
const states: { name: string; widths?: number[]; open(page: Page): Promise<void> }[] = [
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
		name: 'the search dialog with Get help now',
		async open(page) {
			await page.goto(at(help()));
			await page.keyboard.press('Control+K');
			const dialog = page.getByRole('dialog');
			await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
			await page.keyboard.type('someone has my nudes');
			await expect(dialog.locator('[data-search-help]')).toBeVisible(firstLoad);
			await expect(dialog.locator('.kit-results > li').first()).toBeAttached(firstLoad);
		},
	},
	{
		name: 'the search page with a chosen filter',
		async open(page) {
			await page.goto(at(search('fake account')));
			await expect(page.locator('.kit-result-link').first()).toBeVisible(firstLoad);
			await page.locator('main [data-search-filter="audience"]').selectOption({ index: 1 });
			await expect(page.locator('main [data-search-summary]')).toContainText('result');
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
	{
		name: 'the leaflet customise page listing the problems with the details',
		async open(page) {
			// Printing is never reached: the form stops at its problems.
			await page.goto(at(leafletCustomise()));
			await page.getByLabel('School name').pressSequentially('Riverside Academy');
			await page.getByRole('button', { name: 'Print or save as PDF' }).click();
			await expect(page.locator('[data-problems]')).toBeFocused();
			await expect(page.locator('[data-problems] li').first()).toBeVisible();
		},
	},
];

for (const state of states) {
	const widths = state.widths ?? [360, 1280];
	// Opened once, then each look in place: the colour scheme is CSS alone (no script reads it).
	const looks: Look[] = [
		...widths.map((width) => ({ width, scheme: 'light' as const })),
		...widths.toReversed().map((width) => ({ width, scheme: 'dark' as const })),
	];
	test(
		`${state.name}: no axe violations at ${widths.join(' and ')} px, light and dark`,
		audit,
		async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width: widths[0]!, height: 800 });
			await state.open(page);
			await axeInEachLook(page, looks);
		}
	);
}

/** No sideways scrolling at 320 CSS px, nor at 200% text (checked at 640 px, the same layout). */
async function expectReflow(page: Page): Promise<void> {
	const overflow = () =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await overflow(), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
	// 200% text at 640 px is the same layout as 320 px at 100%, but check text scaling itself too:
	// the text made larger the way the kit's policy allows (a constructed stylesheet), measured, and
	// taken away again, in one go.
	await page.setViewportSize({ width: 640, height: 800 });
	const large = await page.evaluate(() => {
		const root = document.documentElement;
		const own = getComputedStyle(root).fontSize;
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('html { font-size: 225% !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const seen = {
			size: getComputedStyle(root).fontSize,
			overflow: root.scrollWidth - root.clientWidth,
		};
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
		return { ...seen, restored: getComputedStyle(root).fontSize === own };
	});
	expect(large.size).toBe('36px');
	expect(large.overflow, 'sideways scrolling at 200% text').toBeLessThanOrEqual(0);
	// Back to the reader's own text size for what follows.
	expect(large.restored).toBe(true);
}

for (const { route, kind } of pages) {
	if (kind === 'print') {
		// Print views are A4 documents for the PDF build, not pages to read on a phone: at 1280 px.
		test(`${route} has no axe violations (1280 px, light and dark)`, audit, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(at(route));
			await axeInEachLook(page, [
				{ width: 1280, scheme: 'light' },
				{ width: 1280, scheme: 'dark' },
			]);
		});
		continue;
	}
	test(
		`${route} reflows at 320 CSS px and 200% text, and has no axe violations (360 px light, 1280 px dark)`,
		audit,
		async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(at(route));
			await test.step('reflow', () => expectReflow(page));
			await axeInEachLook(page, pageLooks);
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
