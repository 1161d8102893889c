/**
 * The one-file offline deck of every presentation (src/features/slides/export/offline-deck-build.ts), opened as a teacher
 * opens it from a USB stick: straight from disk (file://) in Chromium, with the network off and
 * every request recorded. It must show the slides of presentation mode, step through them with the
 * keys clickers send, black out and go full screen, open its presenter view and keep both windows
 * in step, fetch nothing, and never show a note to the class.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import { findPresentations, type DeckExports } from '../src/features/slides/export/deck-exports';
import { attr, descendants, hasClass } from '../src/features/slides/export/html-tree';
import { listFiles } from '../tools/list-files';
import { axe, axeTags } from './support/axe';
import { watchCsp } from './support/csp';
import { distDir } from './support/site';

const files = listFiles(distDir, '**/*.html');
const decks = findPresentations(files, (f) => readFileSync(join(distDir, f), 'utf8'));
const deckFile = (deck: DeckExports) => pathToFileURL(join(distDir, deck.offline)).href;

/** The titles of the slides on a built presentation page, in order. */
function pageTitles(deck: DeckExports): string[] {
	const doc = parse(readFileSync(join(distDir, deck.slidesPage), 'utf8'));
	return descendants(doc)
		.filter((e) => e.tagName === 'section' && hasClass(e, 'slide'))
		.map((e) => attr(e, 'data-title') ?? '');
}

/**
 * A fresh context with the network off, every request recorded, and http(s) refused outright. Only
 * the deck's own file may ever be asked for (with `?presenter` or `?slides` for the other window).
 */
async function offlineContext(context: BrowserContext) {
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await context.route(/^https?:/, (route) => route.abort());
	await context.setOffline(true);
	const csp = await watchCsp(context);
	return {
		csp,
		strays: (deck: DeckExports) =>
			requests.filter((url) => url.replace(/[?#].*$/, '') !== deckFile(deck)),
		requests,
	};
}

async function openOffline(page: Page, deck: DeckExports, query = '', hash = '') {
	await page.goto(`${deckFile(deck)}${query}${hash}`);
	await expect(
		page.locator(query === '?presenter' ? 'presenter-view' : 'slide-deck')
	).toBeVisible();
}

/** The slide on screen in the slides window (1-based), by its hash, counter and shown frame. */
async function expectSlide(page: Page, n: number, total: number, title?: string) {
	await expect(page).toHaveURL(new RegExp(`#${n}$`));
	await expect(page.locator('[data-counter]')).toHaveText(`${n} / ${total}`);
	if (title)
		await expect(page.locator('.slide-frame.current .slide')).toHaveAttribute('data-title', title);
}

// The build refuses an offline deck over its limit (src/integrations/slide-exports.ts).
test('every presentation has a one-file offline deck', () => {
	expect(decks.length).toBeGreaterThanOrEqual(5);
	for (const deck of decks) expect(files).toContain(deck.offline);
});

test('each offline deck is valid HTML under its own strict policy, with nothing to fetch', async () => {
	// Two rules are off for these files only: the presenter view waits in a <template> with its own
	// <main> and controls, and only one of the two windows is ever in the page.
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	for (const deck of decks) {
		const html = readFileSync(join(distDir, deck.offline), 'utf8');
		const report = await validator.validateString(html, join(distDir, deck.offline), {
			extends: ['html-validate:recommended'],
			rules: {
				'tel-non-breaking': 'off',
				'long-title': ['error', { maxlength: 110 }],
				'no-multiple-main': 'off',
				'unique-landmark': 'off',
			},
		});
		const errors = report.results.flatMap((r) =>
			r.messages
				.filter((m) => m.severity === 2)
				.map((m) => `${deck.offline}:${m.line} ${m.ruleId}: ${m.message}`)
		);
		expect(errors).toEqual([]);
		const doc = parse(html);
		const policy = descendants(doc).find(
			(e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'content-security-policy'
		);
		expect(attr(policy!, 'content')).toMatch(
			/^default-src 'none'; script-src 'sha256-[^']+'; style-src( 'sha256-[^']+')+; font-src data:; img-src data:; base-uri 'none'; form-action 'none'$/
		);
		const fetching = descendants(doc).filter(
			(e) =>
				(e.tagName === 'link' && attr(e, 'href')) ||
				(['script', 'img', 'iframe', 'source'].includes(e.tagName) &&
					attr(e, 'src') &&
					!attr(e, 'src')!.startsWith('data:'))
		);
		expect(fetching).toEqual([]);
		expect(html).not.toMatch(/url\((?!data:)/);
	}
});

for (const deck of decks) {
	test(`${deck.dir}: the offline deck shows presentation mode's slides from disk, fetches nothing and shows no note`, async ({
		context,
		page,
	}) => {
		const watch = await offlineContext(context);
		await openOffline(page, deck);
		const titles = pageTitles(deck);
		const total = titles.length;
		await expectSlide(page, 1, total, titles[0]);
		const shown = await page
			.locator('slide-deck .slide')
			.evaluateAll((slides) => slides.map((s) => s.getAttribute('data-title')));
		expect(shown).toEqual(titles);
		// Every note the presenter can read, by its opening words.
		const secrets = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLTemplateElement>(
					'template[data-notes], template[data-teacher-note]'
				),
			]
				.map((t) => (t.content.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60))
				.filter((text) => text.length >= 20)
		);
		expect(secrets.length).toBeGreaterThan(5);
		// Not on the slide in view, nor anywhere in the page: notes stay inside their templates.
		const visible = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
		const inPage = await page.evaluate(() =>
			(document.body.textContent ?? '').replace(/\s+/g, ' ')
		);
		for (const secret of secrets) {
			expect(visible).not.toContain(secret);
			expect(inPage).not.toContain(secret);
		}
		await page.keyboard.press('End');
		await expectSlide(page, total, total, titles.at(-1));
		expect(await watch.csp.violations()).toEqual([]);
		expect(watch.strays(deck)).toEqual([]);
		expect(watch.requests.length).toBeGreaterThan(0);
	});
}

test.describe('one offline deck, in use', () => {
	const deck = decks.find((d) => d.id === 'friend-requests' && d.locale === 'en') ?? decks[0]!;
	const titles = pageTitles(deck);
	const total = titles.length;

	test('keys as clickers send them move the slides; B blacks out, F goes full screen', async ({
		context,
		page,
	}) => {
		const watch = await offlineContext(context);
		await openOffline(page, deck);
		await expect(page.locator('[data-deck-focus]')).toBeFocused();
		await page.keyboard.press('PageDown');
		await expectSlide(page, 2, total, titles[1]);
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 3, total, titles[2]);
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		await expectSlide(page, 1, total, titles[0]);
		await page.keyboard.press('End');
		await expectSlide(page, total, total, titles.at(-1));
		await page.keyboard.press('Home');
		await expectSlide(page, 1, total);
		await page.keyboard.type('4');
		await page.keyboard.press('Enter');
		await expectSlide(page, 4, total, titles[3]);
		await expect(page.locator('[data-live]')).toHaveText(`Slide 4 of ${total}: ${titles[3]}`);

		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout-screen]')).toBeVisible();
		await page.keyboard.press('B');
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		// Escape goes nowhere else: there is no lesson page beside a file on a USB stick.
		await page.keyboard.press('Escape');
		await expectSlide(page, 4, total);
		expect(watch.strays(deck)).toEqual([]);
	});

	test('opens its presenter view from disk and keeps both windows in step, both ways', async ({
		context,
		page,
	}) => {
		const watch = await offlineContext(context);
		await openOffline(page, deck, '', '#3');
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await expect(presenter).toHaveURL(/\?presenter#3$/);
		await expect(presenter.locator('[data-part="count"]')).toHaveText(`3 of ${total}`);
		await expect(presenter.locator('[data-part="next-title"]')).toHaveText(titles[3]!);
		await expect(presenter.locator('[data-part="now"] .slide')).toHaveAttribute(
			'data-title',
			titles[2]!
		);
		await expect(presenter.locator('[data-part="notes"]')).toContainText('Say:');
		await expect(presenter.locator('[data-part="elapsed"]')).toHaveText(/^\d+:\d\d$/);
		await expect(presenter.locator('[data-part="activity"]')).not.toBeEmpty();

		// The presenter drives the slides...
		await presenter.keyboard.press('ArrowRight');
		await expect(presenter.locator('[data-part="count"]')).toHaveText(`4 of ${total}`);
		await expectSlide(page, 4, total, titles[3]);
		await presenter.keyboard.press('b');
		await expect(page.locator('[data-blackout-screen]')).toBeVisible();
		await expect(presenter.locator('[data-part="blackout"]')).toBeVisible();
		await presenter.getByRole('button', { name: 'Black screen' }).click();
		await expect(page.locator('[data-blackout-screen]')).toBeHidden();
		// ...and the slides window drives the presenter.
		await page.bringToFront();
		await page.locator('.stage').click({ position: { x: 10, y: 10 } });
		await page.keyboard.press('End');
		await expect(presenter.locator('[data-part="count"]')).toHaveText(`${total} of ${total}`);
		await expect(presenter.locator('[data-part="next-title"]')).toHaveText('end of the slides');
		expect(watch.strays(deck)).toEqual([]);
		expect(await watch.csp.violations()).toEqual([]);
	});

	test('works on one screen: the presenter view on its own, then opening the slides from it', async ({
		context,
		page,
	}) => {
		const watch = await offlineContext(context);
		await openOffline(page, deck, '?presenter');
		await expect(page).toHaveTitle(/^Presenter view: /);
		await expect(page.locator('slide-deck')).toHaveCount(0);
		await expect(page.locator('[data-part="count"]')).toHaveText(`1 of ${total}`);
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-part="count"]')).toHaveText(`3 of ${total}`);
		await expect(page.locator('[data-part="notes"]')).toContainText('Say:');
		await expect(page.locator('.presenter-notes .safeguarding-note summary')).toHaveText(
			'Before you teach: safeguarding'
		);
		const [slides] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await expect(slides).toHaveURL(/\?slides#3$/);
		await expectSlide(slides, 3, total, titles[2]);
		await page.keyboard.press('ArrowLeft');
		await expectSlide(slides, 2, total, titles[1]);
		expect(watch.strays(deck)).toEqual([]);
	});

	// In `npm run audit` (tag @audit), with the sweep of every page.
	test('axe finds nothing in either window', { tag: '@audit' }, async ({ context, page }) => {
		test.setTimeout(90_000);
		await offlineContext(context);
		await openOffline(page, deck, '', '#2');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.locator('.deck-controls').hover();
		expect((await axe(page, axeTags).analyze()).violations).toEqual([]);
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await expect(presenter.locator('[data-part="now"] .slide')).toHaveCount(1);
		await presenter.emulateMedia({ reducedMotion: 'reduce' });
		expect((await axe(presenter, axeTags).analyze()).violations).toEqual([]);
	});
});
