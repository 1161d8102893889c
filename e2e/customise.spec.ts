/**
 * "Make it your school's" (/leaflet/customise/), the in-browser route to a school's own edition:
 * staff type the school profile's fields, the form checks them with the profile's own schema, and
 * the leaflet, poster, letter to parents and signposting sheet print from the browser with them.
 * Printing is read back as a school's software would: the PDF Chromium makes, its text and links
 * with pdf.js, and every QR code with ZBar; and every word must be on the paper and inside its box,
 * by the same measure the build applies to its own PDFs (src/features/print/print-bounds.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { printProblems } from '../src/features/print/print-bounds';
import { readSchoolProfile } from '../src/features/school/profile';
import { profileValue, schoolFormFields } from '../src/features/school/school';
import { customiseDocs } from '../src/features/school/school-docs';
import { withBase } from '../src/site/paths';
import { help, leafletCustomise, lessonItem, present, presenter, slide } from '../src/site/routes';
import { readSettings } from '../src/site/settings';
import { readPdfBytes } from './support/pdf';
import { localAddressesIn, qrCodesInPdf } from './support/printed';
import { at, noProfileText } from './support/site';

const base = readSettings().basePath;
const A4 = { width: 595.28, height: 841.89 };
const pagesOf: Record<string, number> = { leaflet: 2, poster: 1, letter: 1, signposting: 1 };

/** A made-up school, as staff would type it: field labels within their groups. */
const typed = {
	school: 'Oakfield High School',
	policeForce: 'Avon and Somerset Police',
	note: 'Mrs D. Patel, our school counsellor, is in Room 4 on Tuesdays.',
	dsl: {
		name: 'Mr J. Adeyemi',
		where: 'Pastoral office, ground floor',
		contact: 'Ask any teacher to call him',
	},
	deputy: { name: 'Ms R. Novak', where: 'Library office', contact: 'Drop in at lunch' },
};

const group = (page: Page, legend: string | RegExp) => page.getByRole('group', { name: legend });

async function typeSchool(page: Page, withDeputy = true) {
	const school = group(page, 'Your school');
	await school.getByLabel('School name').fill(typed.school);
	await school.getByLabel('Local police force').fill(typed.policeForce);
	await school.getByLabel('A short local note (optional)').fill(typed.note);
	const dsl = group(page, /^Safeguarding lead/);
	await dsl.getByLabel('Name').fill(typed.dsl.name);
	await dsl.getByLabel('Where to find them').fill(typed.dsl.where);
	await dsl.getByLabel('How to contact them').fill(typed.dsl.contact);
	if (!withDeputy) return;
	const deputy = group(page, 'Deputy safeguarding lead 1 (optional)');
	await deputy.getByLabel('Name').fill(typed.deputy.name);
	await deputy.getByLabel('Where to find them').fill(typed.deputy.where);
	await deputy.getByLabel('How to contact them').fill(typed.deputy.contact);
}

/** What each sheet must say once the school's details are in. */
const expectedOn: Record<string, string[]> = {
	leaflet: [typed.school, typed.dsl.name, typed.dsl.where, typed.policeForce],
	poster: [typed.school, typed.dsl.name, typed.dsl.where, typed.policeForce],
	letter: [typed.school, typed.dsl.name, typed.dsl.contact, `Safeguarding lead, ${typed.school}`],
	signposting: [
		`At ${typed.school}, talk to…`,
		typed.dsl.name,
		typed.dsl.contact,
		typed.deputy.name,
		typed.deputy.where,
		typed.note,
	],
};

/** Counts window.print() calls instead of opening the print dialog. */
async function stubPrint(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => {
			(window as unknown as { printed: number }).printed += 1;
		};
	});
}
const printCalls = (page: Page) =>
	page.evaluate(() => (window as unknown as { printed: number }).printed);

/** Prints the page as the browser would; its text, links and every QR code (ZBar) read back. */
async function printed(page: Page) {
	const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'kit-print-'));
	try {
		const file = join(dir, 'printed.pdf');
		writeFileSync(file, bytes);
		const facts = await readPdfBytes(bytes);
		return { facts, codes: qrCodesInPdf(file), text: facts.text.replace(/\s+/g, ' ') };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

test('every sheet prints from the browser with the typed details, on its own A4 pages, nothing left blank', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await stubPrint(page);
	await page.goto(at(leafletCustomise()));
	await expect(page.locator('h1')).toHaveText("Make it your school's");
	await typeSchool(page);
	for (const [i, doc] of customiseDocs.entries()) {
		await page.getByRole('radio', { name: doc.label }).check();
		await expect(page.locator(`.sheet-preview [data-sheet="${doc.id}"]`)).toBeVisible();
		await expect(page.locator('.sheet-doc')).toHaveCount(1);
		await page.getByRole('button', { name: 'Print or save as PDF' }).click();
		expect(await printCalls(page)).toBe(i + 1);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#school-form')).toBeHidden();
		await expect(page.locator('header.site-header')).toBeHidden();
		await page.emulateMedia({ media: null });

		expect(await printProblems(page, doc.id, pagesOf[doc.id])).toEqual([]);
		const { facts, codes, text } = await printed(page);
		expect(facts.pages, doc.id).toBe(pagesOf[doc.id]);
		for (const size of facts.sizes)
			expect(Math.abs(size.height - A4.height)).toBeLessThanOrEqual(1);
		for (const value of expectedOn[doc.id]!) expect(text, `${doc.id}: ${value}`).toContain(value);
		expect(text, doc.id).not.toContain(noProfileText);
		expect(text, doc.id).not.toContain('Make it your school');
		expect(text, doc.id).not.toMatch(/\[[^\]]*\]/);
		// Served from this machine: no code or address that would lead nowhere, the phone routes instead.
		expect(codes, doc.id).toEqual([]);
		expect(localAddressesIn(facts), doc.id).toEqual([]);
		expect(text, doc.id).toContain('Call Childline free on 0800 1111');
	}
});

const publicOrigin = 'https://kit.example.org';

/** Opens the page as a school would serve it: the same build, at a public address (base path kept). */
async function openPublicly(page: Page, baseURL: string) {
	await page.route(`${publicOrigin}/**`, async (route) => {
		const url = new URL(route.request().url());
		const local = new URL(`${url.pathname}${url.search}`, new URL(baseURL).origin);
		await route.fulfill({ response: await route.fetch({ url: local.href }) });
	});
	await page.goto(new URL(withBase(base, leafletCustomise()), publicOrigin).href);
}

test("choosing the school's nation changes the lead's title and the help lines in the preview", async ({
	page,
}) => {
	await page.goto(at(leafletCustomise()));
	const preview = page.locator('.sheet-preview');
	const nation = page.getByRole('combobox', { name: 'Nation' });
	await expect(preview.locator('.school-none')).toContainText('the safeguarding lead (in England');
	await nation.selectOption({ label: 'Wales' });
	await expect(preview.locator('.school-none')).toHaveText(
		'Talk to any adult at school you trust. They will take you to the Designated Safeguarding Person (DSP), the member of staff who keeps pupils safe.'
	);
	await nation.selectOption({ label: 'Scotland' });
	await expect(preview.locator('.school-none')).toContainText('the Child Protection Coordinator,');
	// The poster's crisis line: Lifeline beside Samaritans for a school in Northern Ireland only.
	await page.getByRole('radio', { name: customiseDocs[1].label }).check();
	const lifeline = preview.locator('[data-service="lifeline"]');
	await expect(lifeline).toBeHidden();
	await nation.selectOption({ label: 'Northern Ireland' });
	await expect(lifeline).toBeVisible();
	await expect(lifeline).toContainText('0808 808 8000');
	await typeSchool(page, false);
	await expect(
		preview.locator('.school-row[data-school-when="safeguardingLead.name"] dt')
	).toHaveText('Designated Teacher for Child Protection');
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(nation).toHaveValue('');
	await expect(lifeline).toBeHidden();
});

test('without details the sheets say what to do instead; the preview follows the typing and Clear', async ({
	page,
}) => {
	await page.goto(at(leafletCustomise()));
	const preview = page.locator('.sheet-preview');
	await expect(preview.locator('.school-none')).toHaveText(noProfileText);
	await group(page, 'Your school').getByLabel('School name').pressSequentially('Oakfield');
	await expect(preview.locator('[data-school-field="school"]')).toHaveText('Oakfield');
	await typeSchool(page);
	await expect(preview.locator('.school-none')).toBeHidden();
	await expect(preview.locator('.school-police')).toHaveText(
		`${typed.policeForce}: call 101, or 999 in an emergency.`,
		{ useInnerText: true }
	);
	await page.getByRole('radio', { name: customiseDocs[3].label }).check();
	const block = preview.locator('[data-at-school]');
	await expect(block).toHaveAttribute('data-at-school', 'profile');
	await expect(block.getByRole('listitem')).toHaveCount(2);
	await expect(block.getByRole('heading')).toHaveAccessibleName(`At ${typed.school}, talk to…`);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(block).toHaveAttribute('data-at-school', 'none');
	await expect(block.getByRole('heading')).toHaveAccessibleName('At school, talk to…');
	await expect(block).toContainText(noProfileText);
	await expect(block.getByRole('listitem')).toHaveCount(0);
});

test('the form checks the details with the profile schema, names each field and prints nothing until they are right', async ({
	page,
}) => {
	await stubPrint(page);
	await page.goto(at(leafletCustomise()));
	await group(page, 'Your school').getByLabel('School name').fill(typed.school);
	const deputy = group(page, 'Deputy safeguarding lead 2 (optional)');
	await deputy.getByLabel('Name').fill('Mr T. Hughes');
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await printCalls(page)).toBe(0);

	const problems = page.locator('[data-problems]');
	await expect(problems).toBeFocused();
	await expect(problems.getByRole('listitem')).toHaveText([
		'Local police force: must not be empty',
		'Safeguarding lead: name: must not be empty',
		'Safeguarding lead: where to find them: must not be empty',
		'Safeguarding lead: how to contact them: must not be empty',
		'Deputy 2: where to find them: must not be empty',
		'Deputy 2: how to contact them: must not be empty',
	]);
	const dslName = group(page, /^Safeguarding lead/).getByLabel('Name');
	await expect(dslName).toHaveAttribute('aria-invalid', 'true');
	await expect(dslName).toHaveAccessibleDescription(/Safeguarding lead: name: must not be empty/);
	await problems.getByRole('link', { name: 'Local police force: must not be empty' }).click();
	await expect(group(page, 'Your school').getByLabel('Local police force')).toBeFocused();
	// Axe on the form showing its problems: the audit's sweep of states (e2e/a11y.spec.ts).

	// Put right, the problems go as they are fixed, and the sheet prints.
	await typeSchool(page, false);
	await deputy.getByLabel('Name').fill('');
	await expect(problems).toBeHidden();
	await expect(dslName).not.toHaveAttribute('aria-invalid', /./);
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await printCalls(page)).toBe(1);
});

test("served from a public address with the longest details the form takes, every sheet fits its pages and its boxes, and its QR code leads to that site's help page", async ({
	page,
	baseURL,
}) => {
	test.setTimeout(120_000);
	// A made-up school with every detail as long as the profile allows (src/features/school/profile.test.ts).
	const longest = readSchoolProfile({ path: 'e2e/fixtures/school/longest.yaml', required: true });
	// Served publicly, so each sheet carries its QR code: the most a sheet ever holds.
	await openPublicly(page, baseURL!);
	const expected = new URL(withBase(base, help()), publicOrigin).href;
	for (const field of schoolFormFields) {
		const input = page.locator(`#school-form input[name="${field.path}"]`);
		const value = profileValue(longest, field.path);
		expect(Number(await input.getAttribute('maxlength')), field.path).toBe(value.length);
		await input.fill(value);
	}
	for (const doc of customiseDocs) {
		await page.getByRole('radio', { name: doc.label }).check();
		await expect(page.locator('.sheet-preview [data-school-field="school"]').first()).toHaveText(
			longest!.school
		);
		await expect(page.locator('.sheet-preview .qr')).toHaveAttribute('data-qr-target', expected);
		expect(await printProblems(page, doc.id, pagesOf[doc.id])).toEqual([]);
		const { facts, codes, text } = await printed(page);
		expect(facts.pages, doc.id).toBe(pagesOf[doc.id]);
		expect(codes, doc.id).toEqual([expected]);
		expect(text, doc.id).toContain('kit.example.org');
	}
});

test('nothing typed is sent anywhere or stored', async ({ page, context }) => {
	await page.goto(at(leafletCustomise()));
	const form = page.locator('#school-form');
	await expect(form).toHaveAttribute('method', 'dialog');
	await expect(form).not.toHaveAttribute('action');
	await expect(form).toHaveAttribute('autocomplete', 'off');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const before = page.url();
	await typeSchool(page);
	for (const doc of customiseDocs) await page.getByRole('radio', { name: doc.label }).check();
	await group(page, 'Your school').getByLabel('School name').press('Enter');
	await page.waitForTimeout(300);
	expect(page.url()).toBe(before);
	expect(requests).toEqual([]);
	expect(
		await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])
	).toEqual([0, 0, '']);
	expect(await context.cookies()).toEqual([]);
});

test('keeps the details on this computer only when asked, and forgets them with one button', async ({
	page,
}) => {
	const key = 'tgtbt-school-details';
	const stored = () => page.evaluate(() => ({ ...localStorage }));
	await page.goto(at(leafletCustomise()));
	const keepBox = page.getByLabel('Keep these details on this computer');
	const schoolName = group(page, 'Your school').getByLabel('School name');
	await expect(keepBox).not.toBeChecked();
	await schoolName.fill(typed.school);
	expect(await stored()).toEqual({});
	await expect(page.getByRole('button', { name: 'Forget these details' })).toBeHidden();

	await keepBox.check();
	await group(page, 'Deputy safeguarding lead 3 (optional)')
		.getByLabel('Name')
		.fill(typed.deputy.name);
	expect(await stored()).toEqual({
		[key]: JSON.stringify({ school: typed.school, 'deputies.2.name': typed.deputy.name }),
	});
	expect(await page.evaluate(() => [sessionStorage.length, document.cookie])).toEqual([0, '']);

	await page.reload();
	await expect(schoolName).toHaveValue(typed.school);
	await expect(keepBox).toBeChecked();
	await expect(page.locator('.sheet-preview [data-school-field="school"]').first()).toHaveText(
		typed.school
	);

	await page.getByRole('button', { name: 'Forget these details' }).click();
	expect(await stored()).toEqual({});
	await expect(schoolName).toHaveValue('');
	await expect(keepBox).not.toBeChecked();
	await page.reload();
	await expect(schoolName).toHaveValue('');
	expect(await stored()).toEqual({});
});

test("details kept on this computer name the school's staff, in the kept nation's words, on the help page, the slides and the presenter view", async ({
	page,
}) => {
	await page.goto(at(leafletCustomise()));
	await page.getByLabel('Keep these details on this computer').check();
	const school = group(page, 'Your school');
	await school.getByLabel('School name').fill(typed.school);
	const dsl = group(page, /^Safeguarding lead/);
	await dsl.getByLabel('Name').fill(typed.dsl.name);
	await dsl.getByLabel('Where to find them').fill(typed.dsl.where);
	// "How to contact them" left empty: no label for it anywhere.
	await page.getByRole('combobox', { name: 'Nation' }).selectOption({ label: 'Wales' });

	await page.goto(at(help()));
	// What a reader sees: the build's own words are still in the page, hidden.
	const atSchool = page.locator('.at-school');
	const seen = { useInnerText: true };
	await expect(atSchool.getByRole('heading')).toHaveText(`At ${typed.school}, talk to…`, seen);
	// The kept nation's words too: Wales's title for the lead.
	await expect(atSchool).toContainText(`${typed.dsl.name}, Designated Safeguarding Person`, seen);
	await expect(atSchool).toContainText(`Where to find them: ${typed.dsl.where}`, seen);
	await expect(atSchool).not.toContainText('How to contact them', seen);
	await expect(atSchool).not.toContainText(noProfileText, seen);

	// Present mode, on the help slide; then the presenter view on the same slide.
	const item = lessonItem('not-alone');
	await page.goto(at(present(item)));
	const dslLine = `${typed.dsl.name}: ${typed.dsl.where}`;
	const lines = page.locator('[data-service="school-dsl"] [data-school-dsl]');
	await expect(lines.first()).toHaveText(dslLine);
	const n = await page
		.locator('slide-deck .slide')
		.evaluateAll((slides) =>
			slides.findIndex((s) => s.querySelector('[data-service="school-dsl"]'))
		);
	expect(n).toBeGreaterThan(0);
	await page.goto(at(slide(present(item), n + 1)));
	await expect(page.locator('.slide-frame.current [data-school-dsl]').first()).toHaveText(dslLine);
	await page.goto(at(slide(presenter(item), n + 1)));
	await expect(page.locator('[data-part="now"] [data-school-dsl]').first()).toHaveText(dslLine);
});
