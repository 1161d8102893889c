/**
 * What a Designated Safeguarding Lead checks on the built site, read in Chromium (the first screen of
 * /help/ is e2e/help-first-screen.spec.ts): the crisis routes ("I feel like I might hurt myself")
 * are on every page that must carry them; the "if it happens" steps are the same, in the same order,
 * wherever they appear; lesson pages and the teachers' guide show timings read from the lessons.
 * Expected values come from content/ (services, steps, lessons), so the tests follow the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { lessonTiming } from '../src/lib/activities';
import { timingLabel } from '../src/lib/lessons';
import { at, crisisServices, steps } from './support/site';

const lessonsDir = new URL('../content/lessons/', import.meta.url);
const lessons = readdirSync(lessonsDir)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
			readFileSync(new URL(f, lessonsDir), 'utf8')
		)!;
		const data = parse(frontmatter!) as { title: string; duration: number; order: number };
		return { id: f.replace(/\.mdx$/, ''), data, timing: lessonTiming(body!) };
	})
	.sort((a, b) => a.data.order - b.data.order);

/** How a crisis route can be reached from the page: its tel: or sms: link. */
const contactHref = (s: (typeof crisisServices)[number]) =>
	s.phone
		? `tel:${s.phone.replaceAll(' ', '')}`
		: `sms:${s.text!.number.replaceAll(' ', '')}?body=${s.text!.word}`;

/** The step ids of every rendering of the steps on a page (templates, such as speaker notes, aside). */
const renderedSteps = (page: Page) =>
	page
		.locator('[data-steps]')
		.evaluateAll((lists) =>
			lists.map((list) =>
				[...list.querySelectorAll<HTMLElement>('[data-step-id]')].map((li) => li.dataset['stepId'])
			)
		);

test('/help/ puts the crisis routes in their own group, straight after danger', async ({
	page,
}) => {
	expect(crisisServices.map((s) => s.id).sort()).toEqual(['papyrus', 'samaritans', 'shout']);
	await page.goto(at('/help/'));
	const groups = await page.locator('main section h2[id]').evaluateAll((hs) =>
		// The boxes above the groups: what to do right now, and who to talk to at school.
		hs.map((h) => h.id).filter((id) => !['right-now-heading', 'at-school'].includes(id))
	);
	expect(groups.slice(0, 2)).toEqual(['danger', 'crisis']);
	const crisis = page.locator('section:has(> h2#crisis)');
	await expect(crisis.locator('h2')).toHaveText('I feel like I might hurt myself');
	for (const s of crisisServices) {
		const card = crisis.locator(`[data-service="${s.id}"]`);
		await expect(card.getByRole('heading')).toHaveText(s.name);
		await expect(card.locator(`a[href="${contactHref(s)}"]`)).toBeVisible();
	}
	await expect(crisis.locator('[data-service="shout"]')).toContainText('Text: SHOUT to 85258');
	await expect(page.locator('[data-service="childline"]').first()).toContainText('Day or night');
});

for (const route of [
	'/leaflet/print/',
	'/poster/',
	'/offline/',
	'/advice/if-it-happens/',
	'/parents/',
	'/teachers/',
]) {
	test(`${route} shows every crisis route, with a number to call or text`, async ({ page }) => {
		await page.goto(at(route));
		for (const s of crisisServices) {
			const shown = page.locator(`[data-service="${s.id}"]`).first();
			await expect(shown, s.id).toBeVisible();
			await expect(shown.locator(`a[href="${contactHref(s)}"]`), s.id).toBeVisible();
		}
	});
}

for (const route of [
	'/advice/if-it-happens/',
	'/advice/helping-a-friend/',
	'/leaflet/print/',
	'/poster/',
	'/help/',
	'/parents/',
	'/practice/too-good-to-be-true/',
	'/lessons/if-it-happens/',
	'/lessons/if-it-happens/present/',
]) {
	test(`${route} shows the "if it happens" steps from the data, in their one order`, async ({
		page,
	}) => {
		await page.goto(at(route));
		const lists = await renderedSteps(page);
		expect(lists.length, 'no steps on the page').toBeGreaterThan(0);
		for (const ids of lists) expect(ids).toEqual(steps.map((s) => s.id));
		const save = steps.findIndex((s) => s.id === 'save-evidence');
		expect(save).toBeGreaterThanOrEqual(0);
		expect(save).toBeLessThan(steps.findIndex((s) => s.id === 'block'));
	});
}

for (const lesson of lessons) {
	test(`/lessons/${lesson.id}/ shows its core time and any optional extensions`, async ({
		page,
	}) => {
		await page.goto(at(`/lessons/${lesson.id}/`));
		await expect(page.locator('[data-core-minutes]')).toContainText(
			`${lesson.data.duration}-minute lesson: ${lesson.timing.core} minutes of planned activities`
		);
		const extras = page.locator('[data-optional-activities]');
		if (lesson.timing.optional.length === 0) await expect(extras).toHaveCount(0);
		for (const o of lesson.timing.optional) {
			await expect(extras).toContainText(`${o.title} (${o.minutes} minutes)`);
			await expect(
				page.locator('section.activity[data-optional]').filter({ hasText: o.title })
			).toContainText('Optional extension');
		}
		await expect(page.getByRole('heading', { name: 'Tell the class in advance' })).toBeVisible();
		await expect(
			page.getByRole('heading', {
				name: 'Quiet alternative (agree it with your safeguarding lead)',
			})
		).toBeVisible();
	});
}

test("the teachers' guide lists the lessons from the lessons themselves", async ({ page }) => {
	await page.goto(at('/teachers/'));
	const items = page.locator('[data-lesson-list] li');
	await expect(items).toHaveCount(lessons.length);
	for (const [i, lesson] of lessons.entries()) {
		const item = items.nth(i);
		await expect(item.getByRole('link')).toHaveText(lesson.data.title);
		await expect(item.getByRole('link')).toHaveAttribute(
			'href',
			new RegExp(`lessons/${lesson.id}/$`)
		);
		await expect(item).toContainText(timingLabel(lesson.data.duration, lesson.timing));
	}
});
