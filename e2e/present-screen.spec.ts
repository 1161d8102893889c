/**
 * The slides window on screen: a whole 16:9 stage at every common size, fullscreen and blackout, Escape,
 * text that shrinks to fit but never below 28px, buttons and swipes, controls that hide at once, and
 * reduced motion.
 */
import { expect, test } from '@playwright/test';
import { lesson as lessonPage, lessonItem, present } from '../src/site/routes';
import { expectSlide, lessons, openDeck, slug } from './support/deck';

test.describe('screen', () => {
	for (const [width, height] of [
		[1024, 768],
		[1280, 720],
		[1366, 768],
		[1920, 1080],
		[3840, 2160],
	] as const) {
		// The stage is the same for every deck: every lesson at 1080p, where the slides are checked
		// to fit (e2e/present-lessons.spec.ts), one lesson at the other sizes.
		const decks = width === 1920 ? lessons : [slug];
		test(`no scrollbars and a whole 16:9 stage at ${width}x${height}`, async ({ page }) => {
			test.setTimeout(30_000 + decks.length * 10_000);
			await page.setViewportSize({ width, height });
			for (const lesson of decks) {
				await openDeck(page, lesson, '#2');
				const sizes = await page.evaluate(() => {
					const stage = document.querySelector('.stage')!.getBoundingClientRect();
					const root = document.documentElement;
					return {
						sw: root.scrollWidth,
						sh: root.scrollHeight,
						stage: { x: stage.x, y: stage.y, w: stage.width, h: stage.height },
					};
				});
				expect(sizes.sw).toBeLessThanOrEqual(width);
				expect(sizes.sh).toBeLessThanOrEqual(height);
				expect(sizes.stage.x).toBeGreaterThanOrEqual(0);
				expect(sizes.stage.y).toBeGreaterThanOrEqual(0);
				expect(sizes.stage.x + sizes.stage.w).toBeLessThanOrEqual(width + 0.5);
				expect(sizes.stage.y + sizes.stage.h).toBeLessThanOrEqual(height + 0.5);
				expect(Math.max(sizes.stage.w / width, sizes.stage.h / height)).toBeGreaterThan(0.99);
				expect(sizes.stage.w / sizes.stage.h).toBeCloseTo(16 / 9, 2);
			}
		});
	}

	test('fullscreen and blackout toggle by key and by button', async ({ page }) => {
		await openDeck(page);
		const fullscreen = page.getByRole('button', { name: 'Full screen' });
		const blackout = page.getByRole('button', { name: 'Black screen' });
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('F');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');

		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout-screen]')).toBeVisible();
		await expect(blackout).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[data-live]')).toContainText('blacked out');
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
		await blackout.click();
		await expect(page.locator('[data-blackout-screen]')).toBeVisible();
		// Tapping the black screen brings the slide back (touch boards).
		await page.locator('[data-blackout-screen]').click();
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
		await fullscreen.click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	});

	test('Escape leaves fullscreen first, then returns to the lesson plan', async ({ page }) => {
		await openDeck(page, slug, '#2');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await expect(page).toHaveURL(new RegExp(`${present(lessonItem(slug))}#2$`));
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`${lessonPage(slug)}$`));
		await expect(page.locator('h1')).not.toBeEmpty();
	});

	test('a wordy slide shrinks its text to fit, never below 28px, and an overlong one is flagged', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await openDeck(page, slug, '#2');
		const slide = page.locator('.slide-frame.current .slide');
		const bodySize = async () =>
			Number(await slide.evaluate((s) => s.style.getPropertyValue('--body')));
		await expect.poll(bodySize).toBeGreaterThanOrEqual(28);
		const start = await bodySize();
		const grow = (words: number) =>
			page.evaluate((n) => {
				const p = document.createElement('p');
				p.textContent = 'word '.repeat(n);
				document.querySelector('.slide-frame.current .slide-body')!.append(p);
				window.dispatchEvent(new Event('resize'));
			}, words);
		await grow(60);
		await expect.poll(bodySize).toBeLessThan(start);
		expect(
			Number(await slide.evaluate((s) => s.style.getPropertyValue('--body')))
		).toBeGreaterThanOrEqual(28);
		await expect(slide).not.toHaveAttribute('data-overflow');
		await grow(800);
		await expect(slide).toHaveAttribute('data-overflow', '');
		await expect(slide).toHaveAttribute('style', /--body:\s*28/);
	});

	test('on-screen buttons and swipes move the slides', async ({ page }) => {
		await openDeck(page);
		await page.getByRole('button', { name: 'Next slide' }).click();
		await expectSlide(page, 2);
		await page.getByRole('button', { name: 'Previous slide' }).click();
		await expectSlide(page, 1);
		const box = (await page.locator('.stage').boundingBox())!;
		const swipe = async (from: number, to: number) => {
			await page.mouse.move(box.x + box.width * from, box.y + box.height / 2);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width * to, box.y + box.height / 2, { steps: 5 });
			await page.mouse.up();
		};
		await swipe(0.8, 0.2);
		await expectSlide(page, 2);
		await swipe(0.2, 0.8);
		await expectSlide(page, 1);
	});

	test('the controls hide while the pointer is still, at once rather than half-faded, and come back on a move', async ({
		page,
	}) => {
		await openDeck(page);
		const controls = page.locator('.deck-controls');
		// Record the controls' opacity the moment the deck goes idle and on every frame for half a second after:
		// a half-faded control is low-contrast text, so nothing between shown and hidden may ever be painted.
		// Watching starts before the pointer moves, so a slow machine cannot let the deck go idle unseen.
		const watching = page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const deck = document.querySelector('slide-deck')!;
					const box = document.querySelector('.deck-controls')!;
					const values: string[] = [];
					new MutationObserver((_, observer) => {
						if (!deck.classList.contains('idle')) return;
						observer.disconnect();
						values.push(getComputedStyle(box).opacity);
						const started = performance.now();
						const sample = () => {
							values.push(getComputedStyle(box).opacity);
							if (performance.now() - started < 500) requestAnimationFrame(sample);
							else resolve(values);
						};
						requestAnimationFrame(sample);
					}).observe(deck, { attributes: true, attributeFilter: ['class'] });
				})
		);
		const box = (await page.locator('.stage').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect(controls).toHaveCSS('opacity', '1');
		const seen = await watching;
		expect(seen.length).toBeGreaterThan(2);
		expect(new Set(seen)).toEqual(new Set(['0']));
		await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
		await expect(controls).toHaveCSS('opacity', '1');
	});

	test('reduced motion removes the slide transition', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openDeck(page);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.slide-frame.current')).toHaveCSS('animation-name', 'none');
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await expect(page.locator('.slide-frame.current')).toHaveCSS('animation-name', 'deck-fade');
	});
});
