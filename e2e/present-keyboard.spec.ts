/**
 * Presentation mode by keyboard and by address: every key a teacher or a clicker sends, shortcuts only
 * while the deck has focus, `#n` links, reload, and Back and Forward.
 */
import { expect, test } from '@playwright/test';
import { expectSlide, openDeck, slideCount, slug } from './support/deck';

test.describe('keyboard', () => {
	test('arrows, Space, PageDown and PageUp, Home and End, and a number then Enter', async ({
		page,
	}) => {
		await openDeck(page);
		const total = await slideCount(page);
		await expect(page.locator('[data-deck-focus]')).toBeFocused();
		await page.keyboard.press('PageDown');
		await expectSlide(page, 2);
		await page.keyboard.press('PageUp');
		await expectSlide(page, 1);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		await expectSlide(page, Math.min(3, total));
		await page.keyboard.press('ArrowLeft');
		await expectSlide(page, 2);
		await page.keyboard.press('ArrowUp');
		await expectSlide(page, 1);
		await page.keyboard.press('Space');
		await expectSlide(page, 2);
		await page.keyboard.press('Shift+Space');
		await expectSlide(page, 1);
		await page.keyboard.press('End');
		await expectSlide(page, total);
		await page.keyboard.press('PageDown');
		await expectSlide(page, total);
		await page.keyboard.press('Home');
		await expectSlide(page, 1);
		await page.keyboard.press('PageUp');
		await expectSlide(page, 1);
		await page.keyboard.type(String(total));
		await expect(page.locator('[data-pending]')).toHaveText(`Go to slide ${total}`);
		await page.keyboard.press('Enter');
		await expectSlide(page, total);
		await expect(page.locator('[data-pending]')).toBeHidden();
	});

	test('single-key shortcuts work only while the deck has focus', async ({ page }) => {
		await openDeck(page);
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('b');
		await expectSlide(page, 1);
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
		// A click on the stage gives the deck focus back.
		await page.locator('.stage').click({ position: { x: 10, y: 10 } });
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 2);
	});

	test('Space on a focused button presses only the button', async ({ page }) => {
		await openDeck(page);
		await page.getByRole('button', { name: 'Next slide' }).focus();
		await page.keyboard.press('Space');
		await expectSlide(page, 2);
	});
});

test.describe('address', () => {
	test('a #n link opens that slide, and reload keeps it', async ({ page }) => {
		await openDeck(page, slug, '#3');
		await expectSlide(page, 3);
		await page.reload();
		await expectSlide(page, 3);
		await page.keyboard.press('ArrowLeft');
		await expectSlide(page, 2);
	});

	test('without a hash the deck starts at #1, and a hash past the end goes to the last slide', async ({
		page,
	}) => {
		await openDeck(page);
		await expectSlide(page, 1);
		const total = await slideCount(page);
		await openDeck(page, slug, '#999');
		await expectSlide(page, total);
	});

	test('Back and Forward move between slides', async ({ page }) => {
		await openDeck(page);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 3);
		await page.goBack();
		await expectSlide(page, 2);
		await page.goBack();
		await expectSlide(page, 1);
		await page.goForward();
		await expectSlide(page, 2);
	});
});
