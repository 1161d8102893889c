/**
 * The school's own contacts on the pages pupils see, in this build: the profile's names where the
 * build has a school profile (school.yaml), otherwise what to do instead, never an empty box. The
 * sub-path build in `npm test` carries a test profile (e2e/subpath/school.subpath.ts).
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dslSlideLines } from '../src/features/school/school';
import { pptxWords } from '../src/features/slides/export/pptx-words';
import { fileOfRoute } from '../src/site/paths';
import { help, lesson, lessonItem, offline, present, slidesPptx } from '../src/site/routes';
import { readSchoolProfile } from '../src/features/school/profile';
import { readSettings } from '../src/site/settings';
import { readPptx } from './support/pptx';
import { at, builtIds, distDir, noProfileText } from './support/site';

const profile = readSchoolProfile(readSettings().schoolProfile);
const lessonId = builtIds('lesson')[0]!;

test('the help and offline pages say who to talk to at school', async ({ page }) => {
	for (const route of [help(), offline()]) {
		await page.goto(at(route));
		const block = page.locator('[data-at-school]');
		await expect(block).toHaveCount(1);
		await expect(block).toHaveAttribute('data-at-school', profile ? 'profile' : 'none');
		await expect(block.getByRole('heading')).toHaveAccessibleName(
			profile ? `At ${profile.school}, talk to…` : 'At school, talk to…'
		);
		await expect(block).toContainText(profile ? profile.safeguardingLead.name : noProfileText);
	}
});

test("a lesson's signposting says who to talk to at school, on the page, the slide and in PowerPoint", async ({
	page,
}) => {
	await page.goto(at(lesson(lessonId)));
	await expect(page.locator('.help-routes [data-at-school]').first()).toContainText(
		profile ? profile.safeguardingLead.name : noProfileText
	);
	await page.goto(at(present(lessonItem(lessonId))));
	const lines = dslSlideLines(profile);
	await expect(page.locator('[data-service="school-dsl"] [data-school-dsl]')).toHaveText(lines);
	const slides = readPptx(join(distDir, fileOfRoute(slidesPptx(lessonItem(lessonId))))).slides;
	// The school's lead in the build's words: "safeguarding lead" with no nation set.
	const signposting = slides.find((s) =>
		/Your school's (safeguarding lead|Designated)/.test(s.body)
	);
	// Without a profile, PowerPoint has a marked line to type over instead (pptx-deck.ts).
	expect(signposting?.body.replace(/\s+/g, ' ')).toContain(
		profile ? lines[0] : pptxWords('en-GB').blankDsl
	);
});
