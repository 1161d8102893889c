/**
 * The presenter view (src/site/routes.ts `presenter()`), with the slides window: two windows in step
 * both ways, reopening either, the clock against the activity plan, and notes for the teacher only.
 */
import { expect, test } from '@playwright/test';
import { strings } from '../src/i18n/strings';
import { lessonItem, presenter } from '../src/site/routes';
import { expectSlide, openDeck, presenterView, slides, slug } from './support/deck';

test.describe('presenter view', () => {
	test('opens in a second window and stays in step both ways', async ({ page, context }) => {
		await openDeck(page);
		const opened = context.waitForEvent('page');
		await page.getByRole('button', { name: 'Presenter view' }).click();
		const view = await opened;
		await expect(view).toHaveURL(new RegExp(`${presenter(lessonItem(slug))}#1$`));
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
		await expect(view.locator('[data-part="activity-left"]')).toHaveText(
			/^1:0\d past its planned end$/
		);
		await expect(view.locator('[data-part="activity-left"]')).toHaveClass(/over/);
		await expect(view.locator('[data-part="plan"]')).not.toBeEmpty();
		await view.getByRole('button', { name: 'Restart clock' }).click();
		await expect(view.locator('[data-part="elapsed"]')).toHaveText(/^0:0\d$/);
		await expect(view.locator('[data-part="activity-left"]')).toHaveText(
			/^ends in .* by the plan$/
		);
		// The activity's planned length and the time left are told apart in words.
		await expect(view.locator('[data-part="activity"]')).toHaveText(/ · \d+ min planned/);
	});

	test('a Welsh deck speaks Welsh as it runs: live region, blackout, count, clock and buttons', async ({
		page,
	}) => {
		const t = strings('cy');
		await openDeck(page, slug, '', 'cy');
		await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 2, 'cy');
		await page.keyboard.press('b');
		await expect(page.locator('[data-live]')).toHaveText(t('slides.deck.blackedOut'));
		await page.keyboard.press('b');
		await page.goto(presenterView(slug, '#3', 'cy'));
		await expect(page.locator('[data-part="count"]')).toHaveText(/^3 o \d+$/);
		await expect(page.locator('[data-part="lesson-left"]')).toHaveText(/ ar ôl$/);
		await expect(page.locator('[data-part="activity"]')).toHaveText(/ · \d+ munud yn y cynllun/);
		await page.getByRole('button', { name: t('slides.present.next') }).click();
		await expect(page.locator('[data-part="count"]')).toHaveText(/^4 o \d+$/);
		await expect(page.getByText(t('slides.present.before.lessons'))).toBeVisible();
	});

	test('notes never show on the slides but do in the presenter view', async ({ page }) => {
		await page.goto(presenterView(slug, '#3'));
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
