/**
 * Safeguarding checks on the built site, read as a pupil would read it in Chromium: a link to the
 * help page from every advice page, and plain reading level. Only real help numbers on every page:
 * e2e/every-page.spec.ts, which visits each page once.
 */
import { expect, test } from '@playwright/test';
import { pupilGradeLimit, readability } from '../src/lib/readability';
import { advicePage, help } from '../src/site/routes';
import { at, builtIds } from './support/site';

const adviceRoutes = builtIds('adviceItem').map(advicePage);

test('the build has the pupil advice pages', () => {
	expect(adviceRoutes.length).toBeGreaterThanOrEqual(1);
});

for (const route of adviceRoutes) {
	test(`${route} links to the help page from its content and reads at about age 11-12 (Flesch-Kincaid grade ${pupilGradeLimit} or below)`, async ({
		page,
	}) => {
		await page.goto(at(route));
		await expect(page.locator(`main a[href$="${help()}"]`).first()).toBeVisible();
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
