/**
 * The school's edition (e2e/subpath/edition.ts) printed with the longest details the profile accepts,
 * in the full browser, as the build prints its PDFs (the headless shell paginates print a hair
 * differently: tools/browser.ts).
 */
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readPrintJob } from '../../src/features/print/pdf';
import { printProblems } from '../../src/features/print/print-bounds';
import { fillSlots, slotPaths, slotValues } from '../../src/features/school/school-dom';
import { kindRules } from '../../src/site/kinds';
import { readSchoolProfile } from '../../src/features/school/profile';
import { builtPdfs } from '../support/pdf';
import { at, builtPages } from '../support/site';

/** A made-up school with every detail as long as the profile allows (src/features/school/profile.test.ts). */
const longest = readSchoolProfile({ path: 'e2e/fixtures/school/longest.yaml', required: true })!;

test('with the longest details the profile accepts, every printed page keeps its words on the paper and in their boxes, within its pages', async ({
	page,
}) => {
	// The build checks its own pages with this school's details (src/features/print/pdf.ts); here the
	// same check runs on the same pages filled with the longest details instead, QR codes and all.
	test.setTimeout(120_000);
	const routes = builtPages()
		.filter((p) => kindRules[p.kind].pdf)
		.map((p) => p.route);
	// Every PDF the build printed comes from one of these pages.
	expect(routes.length).toBe(builtPdfs().length);
	const problems: string[] = [];
	for (const route of routes) {
		await page.goto(at(route));
		const job = await readPrintJob(page, route);
		// Run as it is in the page (no argument: the whole document).
		const paths = await page.evaluate(slotPaths, undefined);
		await page.evaluate(fillSlots, slotValues(paths, longest));
		// The first-day pack is for the lead themself and does not name them.
		const leadName = page.locator('[data-school-field="safeguardingLead.name"]');
		if ((await leadName.count()) > 0)
			await expect(leadName.first(), route).toHaveText(longest.safeguardingLead.name);
		problems.push(...(await printProblems(page, job.output, job.pages)));
		if (job.pages === undefined) continue;
		const pdf = await PDFDocument.load(
			await page.pdf({ preferCSSPageSize: true, printBackground: true })
		);
		if (pdf.getPageCount() !== job.pages)
			problems.push(`${job.output}: prints on ${pdf.getPageCount()} pages, not ${job.pages}`);
	}
	expect(problems).toEqual([]);
});
