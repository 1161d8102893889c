/**
 * What the presentation-mode specs share: the lessons in the build, addresses of their slides window
 * and presenter view (from the site model), and checks of the slide on screen.
 */
import { expect, type Page } from '@playwright/test';
import { defaultLocale, type Locale } from '../../src/i18n/locales';
import { strings } from '../../src/i18n/strings';
import { lessonItem, present, presenter } from '../../src/site/routes';
import { at, builtIds } from './site';

/** Every lesson in the build: each has a slides window and a presenter view. */
export const lessons = builtIds('lesson');
/** The lessons in Welsh too (`/cy/lessons/<id>/present/`). */
export const welshLessons = builtIds('lesson', 'cy');
/** The lesson the slower, window-juggling checks use. */
export const slug = 'friend-requests';
/** The slides window of a lesson, with an optional query or `#n` after it. */
export const slides = (lesson: string, after = '', locale: Locale = defaultLocale) =>
	at(`${present(lessonItem(lesson), locale)}${after}`);
/** The presenter view of a lesson, with an optional `#n` after it. */
export const presenterView = (lesson: string, after = '', locale: Locale = defaultLocale) =>
	at(`${presenter(lessonItem(lesson), locale)}${after}`);
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Lays every slide out one under another (as the page reads without JavaScript), so axe can see them all. */
export const allSlidesCss = `
	html.view-deck, html.view-deck body { overflow: auto !important; height: auto !important; }
	slide-deck, .deck-viewport { position: static !important; display: block !important; }
	.stage { width: 1280px !important; height: auto !important; overflow: visible !important; }
	.stage .slide-frame { display: block !important; position: relative !important; height: 720px !important; animation: none !important; }
`;

/** Opens the slides window and waits for the deck to take charge. */
export async function openDeck(
	page: Page,
	lesson = slug,
	hash = '',
	locale: Locale = defaultLocale
) {
	await page.goto(slides(lesson, hash, locale));
	await expect(page.locator('slide-deck .slide-frame.current')).toHaveCount(1);
}

export const slideCount = (page: Page) => page.locator('.deck-source .slide-frame').count();

/**
 * The slide on screen (1-based), checked three ways: the hash, the visible frame and the live region
 * (which speaks the deck's language).
 */
export async function expectSlide(page: Page, n: number, locale: Locale = defaultLocale) {
	await expect(page).toHaveURL(new RegExp(`#${n}$`));
	const total = await slideCount(page);
	const title = await page
		.locator('.deck-source .slide')
		.nth(n - 1)
		.getAttribute('data-title');
	await expect(page.locator('.slide-frame.current .slide')).toHaveAttribute('data-title', title!);
	await expect(page.locator('[data-live]')).toHaveText(
		strings(locale)('slides.deck.slideLabel', { n, total, title: title! })
	);
	await expect(page.locator('[data-counter]')).toHaveText(`${n} / ${total}`);
}
