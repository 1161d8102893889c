/**
 * Presentation mode for every lesson in dist/, on the built site: the slides window and the presenter
 * view (src/site/routes.ts `present()` and `presenter()`): the opening slides, labelled regions,
 * notes kept from the audience, text that fits; and axe on both, in `npm run audit`. The lessons in
 * Welsh too (`/cy/`), whose longer words must fit the same stage.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { itemPage, lessonItem, present, presenter, talkItem } from '../src/site/routes';
import { axe } from './support/axe';
import { addStyles } from './support/csp';
import {
	allSlidesCss,
	axeTags,
	expectSlide,
	lessons,
	openDeck,
	presenterView,
	slideCount,
	slides,
	slug,
	welshLessons,
} from './support/deck';
import { at, builtIds, builtRoutes } from './support/site';

const audit = { tag: '@audit' };

/** Every slide of a deck (`deck(after)` is its slides window, with `#n` after it) fits the 1080p stage, text 28px or more. */
async function expectEverySlideFits(page: Page, deck: (after: string) => string) {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	// No slide transition, so each slide is measured where it rests.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(deck(''));
	await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
	await page.evaluate(() => document.fonts.ready);
	const total = await slideCount(page);
	// Each slide in turn, moved to by its #n address as a link or the presenter view would, and
	// measured where it rests: one pass in the page (a round trip per slide cost more than the deck).
	const reports = await page.evaluate(async (count) => {
		const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
		const found = [];
		for (let n = 1; n <= count; n++) {
			location.hash = `#${n}`;
			let current = null;
			for (let tries = 0; tries < 100 && !current; tries++) {
				await frame();
				const frames = document.querySelectorAll('slide-deck .slide-frame.current');
				const all = [...document.querySelectorAll('slide-deck .slide-frame')];
				if (frames.length === 1 && all.indexOf(frames[0]!) === n - 1) current = frames[0]!;
			}
			const slide = current?.querySelector<HTMLElement>('.slide');
			if (!slide) {
				found.push({ n, shown: false, overflow: false, smallest: 0, title: null });
				continue;
			}
			const scale = slide.getBoundingClientRect().width / 1920;
			let smallest = Infinity;
			for (const el of slide.querySelectorAll('.slide-body *')) {
				const hasText = [...el.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()
				);
				if (hasText && el.getClientRects().length > 0)
					smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) / scale);
			}
			found.push({
				n,
				shown: true,
				overflow: slide.hasAttribute('data-overflow'),
				smallest,
				title: slide.getAttribute('data-title'),
			});
		}
		return found;
	}, total);
	expect(reports).toHaveLength(total);
	for (const report of reports) {
		expect.soft(report.shown, `slide ${report.n} never became the current slide`).toBe(true);
		expect.soft(report.overflow, `"${report.title}" has too much text for one slide`).toBe(false);
		expect.soft(report.smallest, `"${report.title}" text size`).toBeGreaterThanOrEqual(27.9);
	}
}

/** Every lesson deck: each lesson in English, and each one in Welsh too. */
const decks: { lesson: string; locale: Locale }[] = [
	...lessons.map((lesson) => ({ lesson, locale: 'en' as const })),
	...welshLessons.map((lesson) => ({ lesson, locale: 'cy' as const })),
];

test('every lesson has a slides window and a presenter view, and the first lesson has them in Welsh', () => {
	expect(lessons).toContain(slug);
	expect(welshLessons).toContain(slug);
	for (const { lesson, locale } of decks) {
		expect(builtRoutes()).toContain(present(lessonItem(lesson), locale));
		expect(builtRoutes()).toContain(presenter(lessonItem(lesson), locale));
	}
});

for (const { lesson, locale } of decks) {
	const t = strings(locale);
	test.describe(locale === 'en' ? lesson : `${lesson} (${locale})`, () => {
		test('presented from the lesson page: a title slide, then "Today we will…" from the frontmatter; each slide a region labelled by its heading; no teacher note, safeguarding note or plan reaches the audience', async ({
			page,
		}) => {
			await page.goto(at(itemPage(lessonItem(lesson), locale)));
			const title = await page.locator('h1').textContent();
			const objectives = await page.locator('#objectives + ul > li').count();
			// The notes as the lesson plan shows them, without their headings: the opening words of each
			// (very short ones, like "Pause.", could match slide text by chance).
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

			await page.getByRole('link', { name: t('slides.actions.lessons.present') }).click();
			await expectSlide(page, 1, locale);
			await expect(page.getByRole('region', { name: title! })).toBeVisible();
			await expect(page.locator('h1')).toHaveText(title!);
			const planVisible = await page.evaluate(
				() =>
					[...document.querySelectorAll('.deck-source *')]
						.filter((el) => !el.closest('.slide-frame') && !el.querySelector('.slide-frame'))
						.filter((el) => getComputedStyle(el).display !== 'none').length
			);
			expect(planVisible, 'plan text outside slides is shown').toBe(0);
			// Each slide a region labelled by its own unique heading. The same markup in every
			// language, and the build refuses a repeated slide title: in English.
			if (locale === 'en') {
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
			}
			// Nothing of the notes anywhere in the slides window's document, shown or not (the
			// presenter notes wait in <template>s, which are no part of it), so on no slide either.
			const allText = await page.evaluate(() =>
				(document.body.textContent ?? '').replace(/\s+/g, ' ')
			);
			for (const secret of secrets) expect(allText).not.toContain(secret);
			await page.keyboard.press('ArrowRight');
			const today = page.getByRole('region', { name: t('slides.opening.todayWeWill') });
			await expect(today).toBeVisible();
			await expect(today.locator('ul').first().locator('li')).toHaveCount(objectives);
		});

		test('every slide fits the stage with body text at 28px or more at 1080p', async ({ page }) => {
			await expectEverySlideFits(page, (after) => slides(lesson, after, locale));
		});

		// In `npm run audit` (tag @audit), with the sweep of every page: three axe runs over a deck.
		test('axe finds nothing on the slides window', audit, async ({ page }) => {
			test.setTimeout(90_000);
			// The controls hide after 3 s without the pointer moving; keep the pointer on them so axe
			// checks them as a teacher sees them, however slow the machine.
			await openDeck(page, lesson, '', locale);
			await page.locator('.deck-controls').hover();
			expect((await axe(page, axeTags).analyze()).violations).toEqual([]);
			// Slides stay light whatever the reader's colour scheme; the controls too. The scheme is
			// CSS alone: changed in place, then on to the next slide.
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.evaluate(() => (location.hash = '#2'));
			await expectSlide(page, 2, locale);
			await page.locator('.deck-controls').hover();
			expect((await axe(page, axeTags).analyze()).violations).toEqual([]);
			// Every slide at once, as the page reads without JavaScript, so each one is checked.
			await addStyles(page, allSlidesCss);
			expect((await axe(page, axeTags).include('.deck-source').analyze()).violations).toEqual([]);
		});

		test('axe finds nothing on the presenter view, light or dark', audit, async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto(presenterView(lesson, '#3', locale));
			await expect(page.locator('[data-part="now"] .slide')).toHaveCount(1);
			expect((await axe(page, axeTags).analyze()).violations).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect((await axe(page, axeTags).analyze()).violations).toEqual([]);
		});

		// Staying out of the search index and the sitemap is the presentation kind's rule, checked on
		// every page by e2e/dist.test.ts and in the index itself by e2e/search-index.spec.ts.
		// The 20 KB JavaScript budget of these pages is tested in budgets.built.test.ts.
	});
}

for (const id of builtIds('talk')) {
	test(`talk ${id}: every slide fits the stage with body text at 28px or more at 1080p`, async ({
		page,
	}) => {
		await expectEverySlideFits(page, (after) => at(`${present(talkItem(id))}${after}`));
	});
}
