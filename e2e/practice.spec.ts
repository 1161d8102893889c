/**
 * The pupil practice activities: "Real or fake?" and the branching "Too good to be true?" story.
 * They must work by keyboard alone, read fully without JavaScript, and store or send nothing.
 * Expected words come from content/practice/*.yaml, so the tests follow the content.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { SpotActivity, StoryActivity } from '../src/schemas/practice';
import { adviceList, help, practiceActivity, practiceList } from '../src/site/routes';
import { at, escapeRegExp, steps } from './support/site';

const read = <T>(name: string): T =>
	parse(readFileSync(new URL(`../content/practice/${name}.yaml`, import.meta.url), 'utf8')) as T;
const spot = read<SpotActivity>('real-or-fake');
const story = read<StoryActivity>('too-good-to-be-true');

const pages = [
	{ route: practiceList(), h1: 'Practice: spot the signs' },
	{ route: practiceActivity('real-or-fake'), h1: spot.title },
	{ route: practiceActivity('too-good-to-be-true'), h1: story.title },
];

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
	// Found once: finding it by role and name again after every press cost more than the press.
	const element = await target.elementHandle();
	for (let i = 0; i < maxPresses; i += 1) {
		if (await element.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await element.dispose();
	await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
}

/** The answers to one "Real or fake?" card, found by its labelled group. */
const cardGroup = (page: Page, number: number) =>
	page.getByRole('group', {
		name: `${spot.question} Request ${number} of ${spot.cards.length}`,
		exact: false,
	});

/** A story step's section. */
const step = (page: Page, id: string) => page.locator(`#step-${id}`);

/** The summary (answer button) with exactly this label inside `scope`. */
const answer = (scope: Locator, label: string) =>
	scope.locator('summary').filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) });

for (const { route, h1 } of pages) {
	test(`${route} renders for pupils and ends with help routes`, async ({ page }) => {
		const response = await page.goto(at(route));
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(h1);
		await expect(page.getByRole('link', { name: /Quick exit/ })).toBeVisible();
		await expect(page.locator('main > :last-child')).toHaveClass(/help-routes/);
		await expect(page.locator(`main .help-routes a[href$="${help()}"]`)).toBeVisible();
		await expect(page.locator('main form')).toHaveCount(0);
	});
}

test('the practice page links to both activities, and pupil advice links to it', async ({
	page,
}) => {
	await page.goto(at(adviceList()));
	await page.getByRole('main').getByRole('link', { name: 'Practise spotting the signs' }).click();
	await expect(page.locator('h1')).toHaveText('Practice: spot the signs');
	for (const title of [spot.title, story.title]) {
		await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
		await expect(page.locator('h1')).toHaveText(title);
		await page.goBack();
	}
});

test.describe('Real or fake?', () => {
	test('has 5-6 requests, each with a labelled Real/Risky group, and at least one is fine', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('real-or-fake')));
		expect(spot.cards.length).toBeGreaterThanOrEqual(5);
		expect(spot.cards.some((c) => c.answer === 'real')).toBe(true);
		await expect(page.locator('article.spot-card')).toHaveCount(spot.cards.length);
		for (const [i, card] of spot.cards.entries()) {
			const group = cardGroup(page, i + 1);
			await expect(group).toHaveCount(1);
			await expect(
				page.getByRole('heading', {
					level: 2,
					name: `Request ${i + 1} of ${spot.cards.length}: ${card.profile.name}`,
				})
			).toBeVisible();
			await expect(answer(group, spot.choices.real)).toBeVisible();
			await expect(answer(group, spot.choices.risky)).toBeVisible();
		}
	});

	test('choosing an answer by keyboard alone shows kind feedback naming the red flags', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('real-or-fake')));
		const index = spot.cards.findIndex((c) => c.answer === 'risky');
		const card = spot.cards[index]!;
		const group = cardGroup(page, index + 1);
		const flagLabels = card.flags.map((id) => spot.redFlags.find((f) => f.id === id)!.label);

		await tabTo(page, answer(group, spot.choices.risky));
		await page.keyboard.press('Enter');
		await expect(group.getByText(spot.openers.spotted)).toBeVisible();
		for (const label of flagLabels)
			await expect(group.locator('details[open]').getByText(label)).toBeVisible();

		// Changing one's mind: Space on the other answer shows its feedback and closes the first.
		await page.keyboard.press('Shift+Tab');
		await expect(answer(group, spot.choices.real)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(group.getByText(spot.openers.missed)).toBeVisible();
		await expect(group.getByText(spot.openers.spotted)).toBeHidden();

		// The feedback's own link moves on to the next request.
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveText(/^Next: /);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#card-${spot.cards[index + 1]?.id ?? ''}`));
	});

	test('the real classmate is met with "looks fine", and being careful is praised', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('real-or-fake')));
		const index = spot.cards.findIndex((c) => c.answer === 'real');
		const group = cardGroup(page, index + 1);
		await answer(group, spot.choices.real).click();
		await expect(group.getByText(spot.openers.confirmed)).toBeVisible();
		await expect(group.getByText('Signs it looks fine:').first()).toBeVisible();
		await answer(group, spot.choices.risky).click();
		await expect(group.getByText(spot.openers.cautious)).toBeVisible();
	});
});

test.describe('Too good to be true? with JavaScript', () => {
	// One of the longest paths: the one that reaches the threat and the question of whom to tell.
	const path: [string, number][] = [
		['new-follower', 0],
		['compliments', 0],
		['move-apps', 2],
		['threat', 1],
		['who-to-tell', 0],
	];

	test('shows one step at a time and can be played to the end by keyboard alone', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('too-good-to-be-true')));
		await expect(step(page, 'new-follower')).toBeVisible();
		for (const s of story.steps.slice(1)) await expect(step(page, s.id)).toBeHidden();
		await expect(step(page, story.ending.id)).toBeHidden();

		for (const [id, choiceIndex] of path) {
			const data = story.steps.find((s) => s.id === id)!;
			const choice = data.choices[choiceIndex]!;
			const section = step(page, id);
			await expect(section).toBeVisible();
			await tabTo(page, answer(section, choice.label));
			await page.keyboard.press('Enter');
			await expect(section.getByText(choice.feedback)).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(page.locator(':focus')).toHaveAttribute('href', `#step-${choice.next}`);
			await page.keyboard.press('Enter');
			await expect(page.locator(`#step-${choice.next}-title`)).toBeFocused();
			await expect(section).toBeHidden();
		}

		const ending = step(page, story.ending.id);
		await expect(ending).toBeVisible();
		// The kit's one set of steps, from content/data/steps.yaml, in its order.
		await expect(ending.locator('[data-step-id]')).toHaveText(
			steps.map((s) => `${s.title} ${s.text}`)
		);
		await expect(ending.getByText(/it is not your fault/i)).toBeVisible();
		await expect(ending.getByText(/you are not alone/i)).toBeVisible();

		// Back returns to the step before; "Start again" goes to the start with every answer closed.
		await page.goBack();
		await expect(step(page, 'who-to-tell')).toBeVisible();
		await page.goForward();
		await tabTo(page, ending.getByRole('link', { name: /story again/ }));
		await page.keyboard.press('Enter');
		await expect(page.locator('#step-new-follower-title')).toBeFocused();
		await expect(page.locator('practice-story details[open]')).toHaveCount(0);
	});

	test('every path ends with what to do; the short path reaches it too', async ({ page }) => {
		await page.goto(at(practiceActivity('too-good-to-be-true')));
		for (const [id, label] of [
			['new-follower', story.steps[0]!.choices[2]!.label],
			['compliments', story.steps[1]!.choices[2]!.label],
			['stepping-away', story.steps.find((s) => s.id === 'stepping-away')!.choices[0]!.label],
		] as const) {
			const section = step(page, id);
			await answer(section, label).click();
			await section.locator('details[open] a.next').click();
		}
		await expect(step(page, story.ending.id)).toBeVisible();
		await expect(page.getByText(story.ending.reassurance[0]!)).toBeVisible();
	});

	test('a link to a step opens that step, and the skip link leaves the story alone', async ({
		page,
	}) => {
		await page.goto(at(`${practiceActivity('too-good-to-be-true')}#step-threat`));
		await expect(step(page, 'threat')).toBeVisible();
		await expect(page.locator('#step-threat-title')).toBeInViewport();
		await expect(step(page, 'new-follower')).toBeHidden();
		// Keyboard users carry on from the linked step.
		await page.keyboard.press('Tab');
		await expect(
			answer(step(page, 'threat'), story.steps.find((s) => s.id === 'threat')!.choices[0]!.label)
		).toBeFocused();
		await page.evaluate(() => (location.hash = '#main'));
		await expect(step(page, 'threat')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Real or fake?" shows every request, and every answer opens its feedback by keyboard', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('real-or-fake')));
		for (const [i, card] of spot.cards.entries()) {
			const group = cardGroup(page, i + 1);
			await expect(page.getByText(card.situation)).toBeVisible();
			for (const m of card.messages)
				await expect(page.getByText(m.text, { exact: true }).first()).toBeVisible();
			const right = card.answer === 'risky' ? spot.choices.risky : spot.choices.real;
			await tabTo(page, answer(group, right));
			await page.keyboard.press('Enter');
			await expect(
				group.getByText(card.answer === 'risky' ? spot.openers.spotted : spot.openers.confirmed)
			).toBeVisible();
			const feedback = group.locator('details[open]');
			await expect(feedback.getByText(card.explanation)).toBeVisible();
			await expect(feedback.getByText(card.tip)).toBeVisible();
		}
		for (const flag of spot.redFlags)
			await expect(page.locator('#red-flags').getByText(flag.label)).toBeVisible();
		await expect(page.getByText(spot.outro.reassurance)).toBeVisible();
	});

	test('the story shows every step and the ending, and its links lead to them', async ({
		page,
	}) => {
		await page.goto(at(practiceActivity('too-good-to-be-true')));
		for (const s of story.steps) {
			await expect(step(page, s.id)).toBeVisible();
			await expect(page.getByRole('heading', { level: 2, name: s.title })).toBeVisible();
			await expect(step(page, s.id).getByRole('group', { name: s.question })).toBeVisible();
			for (const c of s.choices) await expect(step(page, s.id)).toContainText(c.feedback);
		}
		const ending = step(page, story.ending.id);
		await expect(ending).toBeVisible();
		for (const line of story.ending.reassurance) await expect(ending.getByText(line)).toBeVisible();

		const targets = await page
			.locator('main a[href^="#"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
		expect(targets.length).toBeGreaterThan(story.steps.length);
		for (const id of new Set(targets))
			await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);

		// Choosing by keyboard opens the feedback, and its link jumps to the next step.
		const first = story.steps[0]!;
		const choice = first.choices[1]!;
		await tabTo(page, answer(step(page, first.id), choice.label));
		await page.keyboard.press('Enter');
		await expect(page.getByText(choice.feedback)).toBeVisible();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#step-${choice.next}$`));
		await expect(page.locator(`#step-${choice.next}-title`)).toBeInViewport();
	});
});

test.describe('nothing is stored or sent', () => {
	for (const { route } of pages) {
		test(`${route}: no storage, cookies, or requests after load except same-origin assets`, async ({
			page,
			context,
			baseURL,
		}) => {
			const origin = new URL(baseURL!).origin;
			// Count every attempt to store or send, even one that would be cleared straight away.
			await page.addInitScript(() => {
				const attempts: string[] = [];
				(window as unknown as { __attempts: string[] }).__attempts = attempts;
				const note = (what: string) => () => attempts.push(what);
				for (const name of ['setItem', 'removeItem', 'clear'] as const) {
					const original = Storage.prototype[name];
					const call = original as (this: Storage, ...args: unknown[]) => unknown;
					Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
						attempts.push(`storage.${name}`);
						return call.apply(this, args);
					};
				}
				const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
				Object.defineProperty(document, 'cookie', {
					get: () => cookie.get!.call(document),
					set: note('document.cookie'),
				});
				navigator.sendBeacon = (() => (
					attempts.push('sendBeacon'),
					false
				)) as typeof navigator.sendBeacon;
			});
			const requests: { url: string; type: string; method: string; afterLoad: boolean }[] = [];
			let loaded = false;
			page.on('request', (r) =>
				requests.push({
					url: r.url(),
					type: r.resourceType(),
					method: r.method(),
					afterLoad: loaded,
				})
			);

			await page.goto(at(route));
			await page.waitForLoadState('networkidle');
			loaded = true;

			// Use the page: open every answer, and follow the story's links.
			for (const summary of await page.locator('main summary').all()) {
				if (await summary.isVisible()) await summary.click();
			}
			if (route.includes('too-good')) {
				for (const s of story.steps.filter((x) => ['new-follower', 'compliments'].includes(x.id))) {
					await answer(step(page, s.id), s.choices[0]!.label).click();
					await step(page, s.id).locator('details[open] a.next').click();
				}
			}
			await page.waitForLoadState('networkidle');

			const network = requests.filter((r) => /^https?:/.test(r.url));
			expect(network.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url)).toEqual([]);
			// Chromium fetches the favicon and manifest itself (as "other"/"manifest", again after in-page links).
			const isIcon = (r: { url: string; type: string }) =>
				['other', 'manifest'].includes(r.type) &&
				/\/(icons\/[\w-]+\.(svg|png)|manifest\.webmanifest)$/.test(new URL(r.url).pathname);
			const late = network.filter(
				(r) =>
					r.afterLoad &&
					!(
						r.method === 'GET' &&
						(['stylesheet', 'script', 'font', 'image'].includes(r.type) || isIcon(r))
					)
			);
			expect(late.map((r) => `${r.method} ${r.type} ${r.url}`)).toEqual([]);

			expect(
				await page.evaluate(() => (window as unknown as { __attempts: string[] }).__attempts)
			).toEqual([]);
			expect(
				await page.evaluate(() => ({
					local: localStorage.length,
					session: sessionStorage.length,
					cookie: document.cookie,
				}))
			).toEqual({
				local: 0,
				session: 0,
				cookie: '',
			});
			expect(await context.cookies()).toEqual([]);
		});
	}
});
