/**
 * Safeguarding checks on the built site, read as a pupil would read it in Chromium:
 * only real help numbers, a link to the help page from every advice page, and plain reading level.
 */
import { expect, test } from '@playwright/test';
import { pupilGradeLimit, readability } from '../src/lib/readability';
import { phoneKey, phoneNumbersIn } from '../src/lib/services';
import { advicePage, help } from '../src/site/routes';
import { at, builtIds, builtRoutes, services } from './support/site';

const routes = builtRoutes();
const known = new Set(services.flatMap((s) => (s.phone ? [phoneKey(s.phone)] : [])));
const adviceRoutes = builtIds('adviceItem').map(advicePage);

test('the build has the pupil advice pages', () => {
	expect(adviceRoutes.length).toBeGreaterThanOrEqual(1);
});

for (const route of routes) {
	test(`${route} shows only phone numbers from the services data, with no words run together`, async ({
		page,
	}) => {
		await page.goto(at(route));
		const text = await page.locator('body').innerText();
		const printed = phoneNumbersIn(text).map((m) => phoneKey(m.number));
		expect(printed.filter((n) => !known.has(n))).toEqual([]);
		// Astro 7 compresses whitespace between inline elements: catch words that ran together.
		expect(text.match(/[a-z][.?!:][A-Z][a-z]+/g) ?? []).toEqual([]);
		const telLinks = await page
			.locator('a[href^="tel:"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));
		expect(telLinks.filter((n) => !known.has(n))).toEqual([]);
	});
}

for (const route of adviceRoutes) {
	test(`${route} links to the help page from its content`, async ({ page }) => {
		await page.goto(at(route));
		await expect(page.locator(`main a[href$="${help()}"]`).first()).toBeVisible();
	});

	test(`${route} reads at about age 11-12 (Flesch-Kincaid grade ${pupilGradeLimit} or below)`, async ({
		page,
	}) => {
		await page.goto(at(route));
		// The page's own words: not the sources list or the help cards, whose names are fixed.
		const text = await page.locator('main').evaluate((main) => {
			const copy = main.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.review, .help-routes').forEach((el) => el.remove());
			document.body.append(copy);
			const words = copy.innerText;
			copy.remove();
			return words;
		});
		const score = readability(text);
		expect(score.words).toBeGreaterThan(100);
		expect(
			score.grade,
			`grade ${score.grade} over ${score.sentences} sentences`
		).toBeLessThanOrEqual(pupilGradeLimit);
	});
}
