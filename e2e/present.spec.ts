/**
 * Presentation mode, on the built site: the slides window at /lessons/<slug>/present/ and the
 * presenter view at /lessons/<slug>/present/presenter/. Cheap checks run for every lesson in dist/;
 * the slower window-juggling ones use friend-requests.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addStyles } from './support/csp';
import { at, builtRoutes, distDir } from './support/site';

const lessons = builtRoutes()
	.map((route) => /^\/lessons\/([^/]+)\/present\/$/.exec(route)?.[1])
	.filter((slug): slug is string => slug !== undefined);
const slug = 'friend-requests';
const slides = (lesson: string, hash = '') => at(`/lessons/${lesson}/present/${hash}`);
const presenter = (lesson: string, hash = '') => at(`/lessons/${lesson}/present/presenter/${hash}`);
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Lays every slide out one under another (as the page reads without JavaScript), so axe can see them all. */
const allSlidesCss = `
	html.view-deck, html.view-deck body { overflow: auto !important; height: auto !important; }
	slide-deck, .deck-viewport { position: static !important; display: block !important; }
	.stage { width: 1280px !important; height: auto !important; overflow: visible !important; }
	.stage .slide-frame { display: block !important; position: relative !important; height: 720px !important; animation: none !important; }
`;

/** Opens the slides window and waits for the deck to take charge. */
async function openDeck(page: Page, lesson = slug, hash = '') {
	await page.goto(slides(lesson, hash));
	await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
}

const slideCount = (page: Page) => page.locator('.deck-source .slide-frame').count();

/** The slide on screen (1-based), checked three ways: the hash, the visible frame and the live region. */
async function expectSlide(page: Page, n: number) {
	await expect(page).toHaveURL(new RegExp(`#${n}$`));
	const total = await slideCount(page);
	const title = await page
		.locator('.deck-source .slide')
		.nth(n - 1)
		.getAttribute('data-title');
	await expect(page.locator('.slide-frame.current .slide')).toHaveAttribute('data-title', title!);
	await expect(page.locator('[data-live]')).toHaveText(`Slide ${n} of ${total}: ${title}`);
	await expect(page.locator('[data-counter]')).toHaveText(`${n} / ${total}`);
}

test('every lesson has a slides window and a presenter view', () => {
	expect(lessons).toContain(slug);
	for (const lesson of lessons)
		expect(builtRoutes()).toContain(`/lessons/${lesson}/present/presenter/`);
});

for (const lesson of lessons) {
	test.describe(`${lesson}`, () => {
		test('opens on a title slide and a "Today we will…" slide made from the frontmatter', async ({
			page,
		}) => {
			await page.goto(at(`/lessons/${lesson}/`));
			const title = await page.locator('h1').textContent();
			const objectives = await page.locator('#objectives + ul > li').count();
			await page.getByRole('link', { name: 'Present this lesson' }).click();
			await expectSlide(page, 1);
			await expect(page.getByRole('region', { name: title! })).toBeVisible();
			await expect(page.locator('h1')).toHaveText(title!);
			await page.keyboard.press('ArrowRight');
			const today = page.getByRole('region', { name: 'Today we will…' });
			await expect(today).toBeVisible();
			await expect(today.locator('ul').first().locator('li')).toHaveCount(objectives);
		});

		test('each slide is a region labelled by its own unique heading', async ({ page }) => {
			await openDeck(page, lesson);
			const labels = await page.locator('.deck-source .slide').evaluateAll((sections) =>
				sections.map((s) => ({
					title: s.getAttribute('data-title'),
					heading: document
						.getElementById(s.getAttribute('aria-labelledby') ?? '')
						?.textContent?.trim(),
					tag: s.tagName,
				}))
			);
			for (const label of labels)
				expect(label).toEqual({ title: label.title, heading: label.title, tag: 'SECTION' });
			expect(new Set(labels.map((l) => l.title)).size).toBe(labels.length);
		});

		test('teacher notes, safeguarding notes and the plan never reach the audience', async ({
			page,
		}) => {
			// The notes as the lesson plan shows them, without their headings: the opening words of each
			// (very short ones, like "Pause.", could match slide text by chance).
			await page.goto(at(`/lessons/${lesson}/`));
			const secrets = await page.locator('main').evaluate((main) =>
				[...main.querySelectorAll('.speaker-notes, .teacher-note, .safeguarding-note, .worksheet')]
					.map((note) => {
						const copy = note.cloneNode(true) as Element;
						copy.querySelectorAll('.heading, h2').forEach((heading) => heading.remove());
						return (copy.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
					})
					.filter((text) => text.length >= 20)
			);
			expect(secrets.length, 'the plan has notes to look for').toBeGreaterThan(0);
			await openDeck(page, lesson);
			const visibleText = () => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
			const planVisible = await page.evaluate(
				() =>
					[...document.querySelectorAll('.deck-source *')]
						.filter((el) => !el.closest('.slide-frame') && !el.querySelector('.slide-frame'))
						.filter((el) => getComputedStyle(el).display !== 'none').length
			);
			expect(planVisible, 'plan text outside slides is shown').toBe(0);
			const total = await slideCount(page);
			for (let n = 1; n <= total; n++) {
				if (n > 1) await page.keyboard.press('ArrowRight');
				await expectSlide(page, n);
				const text = await visibleText();
				for (const secret of secrets) expect(text).not.toContain(secret);
			}
			const allText = await page.evaluate(() =>
				(document.body.textContent ?? '').replace(/\s+/g, ' ')
			);
			for (const secret of secrets) expect(allText).not.toContain(secret);
		});

		test('every slide fits the stage with body text at 28px or more at 1080p', async ({ page }) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await openDeck(page, lesson);
			await page.evaluate(() => document.fonts.ready);
			const total = await slideCount(page);
			for (let n = 1; n <= total; n++) {
				await page.goto(slides(lesson, `#${n}`));
				const report = await page.locator('.slide-frame.current .slide').evaluate((slide) => {
					const scale = slide.getBoundingClientRect().width / 1920;
					let smallest = Infinity;
					for (const el of slide.querySelectorAll('.slide-body *')) {
						const hasText = [...el.childNodes].some(
							(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()
						);
						if (hasText && el.getClientRects().length > 0)
							smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) / scale);
					}
					return {
						overflow: slide.hasAttribute('data-overflow'),
						smallest,
						title: slide.getAttribute('data-title'),
					};
				});
				expect(report.overflow, `"${report.title}" has too much text for one slide`).toBe(false);
				expect(report.smallest, `"${report.title}" text size`).toBeGreaterThanOrEqual(27.9);
			}
		});

		test('axe finds nothing on the slides window', async ({ page }) => {
			test.slow(); // axe over every slide, on a machine shared with others
			// The controls fade out after 3 s without the pointer moving; keep the pointer on them so axe
			// checks them as a teacher sees them, not halfway through the fade on a slow machine.
			await openDeck(page, lesson);
			await page.locator('.deck-controls').hover();
			expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);
			// Slides stay light whatever the reader's colour scheme; the controls too.
			await page.emulateMedia({ colorScheme: 'dark' });
			await openDeck(page, lesson, '#2');
			await page.locator('.deck-controls').hover();
			expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);
			// Every slide at once, as the page reads without JavaScript, so each one is checked.
			await addStyles(page, allSlidesCss);
			expect(
				(await new AxeBuilder({ page }).withTags(axeTags).include('.deck-source').analyze())
					.violations
			).toEqual([]);
		});

		test('axe finds nothing on the presenter view, light or dark', async ({ page }) => {
			test.slow();
			await page.goto(presenter(lesson, '#3'));
			await expect(page.locator('[data-part="now"] .slide')).toHaveCount(1);
			expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);
		});

		test('the present pages stay out of the search index', () => {
			for (const route of [`lessons/${lesson}/present`, `lessons/${lesson}/present/presenter`]) {
				const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
				expect(html).not.toContain('data-pagefind-body');
				expect(html).toMatch(/<body[^>]*data-pagefind-ignore="all"/);
			}
		});
		// The 20 KB JavaScript budget of these pages is tested in budgets.spec.ts.
	});
}

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

test.describe('screen', () => {
	for (const [width, height] of [
		[1024, 768],
		[1280, 720],
		[1366, 768],
		[1920, 1080],
		[3840, 2160],
	] as const) {
		test(`no scrollbars and a whole 16:9 stage at ${width}x${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			for (const lesson of lessons) {
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
				// Screenshots for a human to look over; not at 4K, where each one takes seconds on a slow machine.
				if (width > 1920) continue;
				mkdirSync('test-results/present', { recursive: true });
				await page.screenshot({
					path: `test-results/present/${lesson}-${width}x${height}.png`,
					animations: 'disabled',
				});
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
		await expect(page).toHaveURL(/\/present\/#2$/);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`/lessons/${slug}/$`));
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
		await expect(controls).toHaveCSS('opacity', '1');
		// Record the controls' opacity the moment the deck goes idle and on every frame for half a second after:
		// a half-faded control is low-contrast text, so nothing between shown and hidden may ever be painted.
		const seen = await page.evaluate(
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
		expect(seen.length).toBeGreaterThan(2);
		expect(new Set(seen)).toEqual(new Set(['0']));
		const box = (await page.locator('.stage').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
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

test.describe('presenter view', () => {
	test('opens in a second window and stays in step both ways', async ({ page, context }) => {
		await openDeck(page);
		const opened = context.waitForEvent('page');
		await page.getByRole('button', { name: 'Presenter view' }).click();
		const view = await opened;
		await expect(view).toHaveURL(/\/present\/presenter\/#1$/);
		await expect(view.locator('h1')).toHaveCount(1);
		await expect(view.locator('[data-part="count"]')).toHaveText(/^1 of \d+$/);
		await expect(view.locator('[data-part="elapsed"]')).toHaveText(/^\d+:\d\d$/);
		await expect(view.locator('[data-part="lesson-left"]')).toHaveText(/left$/);

		// Slides window -> presenter: current, next and notes follow.
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 3);
		const third = await page.locator('.deck-source .slide').nth(2).getAttribute('data-title');
		const notes = await page
			.locator('.deck-source .slide-frame')
			.nth(2)
			.evaluate((frame) =>
				[...frame.querySelectorAll<HTMLTemplateElement>('template[data-notes]')]
					.map((t) => t.content.textContent?.trim())
					.join(' ')
			);
		await expect(view.locator('[data-part="count"]')).toHaveText(/^3 of/);
		await expect(view.locator('[data-part="now"] .slide')).toHaveAttribute('data-title', third!);
		await expect(view).toHaveURL(/#3$/);
		if (notes) await expect(view.locator('[data-part="notes"]')).toContainText(notes.slice(0, 40));

		// Presenter -> slides window, by key and by button, blackout included.
		await view.bringToFront();
		await view.keyboard.press('ArrowLeft');
		await expectSlide(page, 2);
		await view.getByRole('button', { name: 'Next slide' }).click();
		await expectSlide(page, 3);
		await view.getByRole('button', { name: 'Black screen' }).click();
		await expect(page.locator('[data-blackout-screen]')).toBeVisible();
		await expect(view.locator('[data-part="blackout"]')).toBeVisible();
		await view.keyboard.press('b');
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
	});

	test('closing and reopening either window brings it back to the same slide', async ({
		page,
		context,
	}) => {
		await openDeck(page);
		let opened = context.waitForEvent('page');
		await page.keyboard.press('p');
		let view = await opened;
		await expect(view.locator('[data-part="count"]')).toHaveText(/^1 of/);
		await view.close();

		// The presenter reopens where the slides are.
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 2);
		opened = context.waitForEvent('page');
		await page.getByRole('button', { name: 'Presenter view' }).click();
		view = await opened;
		await expect(view.locator('[data-part="count"]')).toHaveText(/^2 of/);

		// The slides window reopens where the presenter is, even from a link with no slide number.
		await view.bringToFront();
		await view.keyboard.press('ArrowRight');
		await expectSlide(page, 3);
		await page.close();
		const again = await context.newPage();
		await again.goto(slides(slug));
		await expectSlide(again, 3);
		await view.bringToFront();
		await view.keyboard.press('ArrowLeft');
		await expectSlide(again, 2);

		// And the presenter's own button opens the slides window again.
		await again.close();
		opened = context.waitForEvent('page');
		await view.getByRole('button', { name: 'Show slides window' }).click();
		const reopened = await opened;
		await expectSlide(reopened, 2);
	});

	test('the clock measures time left against the activity plan', async ({ page, context }) => {
		await openDeck(page);
		// The first slide inside an activity, and when the plan says that activity ends.
		const { slide, end } = await page.evaluate(() => {
			const frames = [...document.querySelectorAll('.deck-source .slide-frame')];
			const activities = [...document.querySelectorAll('.deck-activity')];
			const index = frames.findIndex((f) => f.closest('.deck-activity'));
			const owner = activities.indexOf(frames[index]!.closest('.deck-activity')!);
			const end = activities
				.slice(0, owner + 1)
				.reduce((sum, a) => sum + Number((a as HTMLElement).dataset['minutes']), 0);
			return { slide: index + 1, end };
		});
		// Start the lesson clock a minute after that activity should have ended.
		await page.evaluate(
			([key, ago]) => sessionStorage.setItem(key!, String(Date.now() - Number(ago))),
			[`tgtbt-clock:${slug}`, String((end + 1) * 60_000)]
		);
		await openDeck(page, slug, `#${slide}`);
		await page.reload();
		const opened = context.waitForEvent('page');
		await page.keyboard.press('p');
		const view = await opened;
		await expect(view.locator('[data-part="elapsed"]')).toHaveText(new RegExp(`^${end + 1}:0\\d$`));
		await expect(view.locator('[data-part="activity-left"]')).toHaveText(/^1:0\d over$/);
		await expect(view.locator('[data-part="activity-left"]')).toHaveClass(/over/);
		await expect(view.locator('[data-part="plan"]')).not.toBeEmpty();
		await view.getByRole('button', { name: 'Restart clock' }).click();
		await expect(view.locator('[data-part="elapsed"]')).toHaveText(/^0:0\d$/);
		await expect(view.locator('[data-part="activity-left"]')).toHaveText(/left$/);
	});

	test('notes never show on the slides but do in the presenter view', async ({ page }) => {
		await page.goto(presenter(slug, '#3'));
		const notes = await page
			.locator('template[data-deck-source]')
			.evaluate((t: HTMLTemplateElement) =>
				[...t.content.querySelectorAll('.slide-frame')][2]!
					.querySelector<HTMLTemplateElement>('template[data-notes]')
					?.content.textContent?.trim()
			);
		await expect(page.locator('[data-part="notes"]')).toContainText(notes!.slice(0, 40));
		await expect(page.locator('[data-part="next"]')).toHaveAttribute('inert', '');
	});
});

test.describe('print', () => {
	const pdfPages = (pdf: Buffer) => {
		const text = pdf.toString('latin1');
		const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
			Number(m[1]),
			Number(m[2]),
		]);
		return { count: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, boxes };
	};

	test('slides print one per A4 landscape page, the handout three per A4 portrait page', async ({
		page,
	}) => {
		await openDeck(page);
		const total = await slideCount(page);
		await page.emulateMedia({ media: 'print' });
		const landscape = pdfPages(await page.pdf({ preferCSSPageSize: true }));
		expect(landscape.count).toBe(total);
		for (const [w, h] of landscape.boxes) expect(w).toBeGreaterThan(h!);

		await page.goto(slides(slug, '?handout#1'));
		const portrait = pdfPages(await page.pdf({ preferCSSPageSize: true }));
		expect(portrait.count).toBe(Math.ceil(total / 3));
		for (const [w, h] of portrait.boxes) expect(w).toBeLessThan(h!);
	});

	test('notes print only when the teacher ticks "Include notes"', async ({ page }) => {
		await openDeck(page);
		await page.evaluate(
			() => (window.print = () => document.documentElement.setAttribute('data-printed', ''))
		);
		await page.getByText('Print', { exact: true }).click();
		await page.getByRole('button', { name: /Print handout/ }).click();
		await expect(page.locator('html')).toHaveAttribute('data-print', 'handout');
		await expect(page.locator('html')).toHaveAttribute('data-printed', '');
		await expect(page.locator('.print-notes')).toHaveCount(0);
		await page.getByRole('checkbox', { name: 'Include notes' }).check();
		await page.getByRole('button', { name: 'Print slides' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-print', 'slides');
		await page.emulateMedia({ media: 'print' });
		const withNotes = await page
			.locator('.deck-source .slide-frame:has(template[data-notes])')
			.count();
		await expect(page.locator('.print-notes')).toHaveCount(withNotes);
		if (withNotes > 0) await expect(page.locator('.print-notes').first()).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		if (withNotes > 0) await expect(page.locator('.print-notes').first()).toBeHidden();
	});
});
