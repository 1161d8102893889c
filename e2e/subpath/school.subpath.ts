/**
 * The sub-path build as a school's own edition (e2e/subpath/edition.ts): a public SITE_URL, so every
 * QR code in its PDFs leads to the help page under the site and base path, and a school profile, so
 * the school's own contacts appear on everything it prints and shows. The profile's school is in
 * Wales, so the kit names the Designated Safeguarding Person and lists Meic beside Childline.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { printedAddress, fileOfRoute } from '../../src/site/paths';
import {
	about,
	firstDay,
	firstDayPdf,
	firstHour,
	firstHourPdf,
	guide,
	help,
	leafletCustomise,
	leafletPdf,
	lesson,
	lessonItem,
	lessonPackPdf,
	letter,
	letterPdf,
	offline,
	packPdf,
	posterBilingualPdf,
	posterPdf,
	present,
	routeOf,
	signpostingBilingualPdf,
	signpostingPdf,
	slidesPptx,
	talkItem,
} from '../../src/site/routes';
import { splitLocale } from '../../src/i18n/locales';
import { strings } from '../../src/i18n/strings';
import { readSchoolProfile } from '../../src/features/school/profile';
import { readSettings } from '../../src/site/settings';
import { readPdf } from '../support/pdf';
import { readPptx } from '../support/pptx';
import { localAddressesIn, pagesLinkingTo, qrCodesInPdf } from '../support/printed';
import { at, builtIds, distDir } from '../support/site';

const settings = readSettings();
const profile = readSchoolProfile(settings.schoolProfile)!;
const helpUrl = printedAddress(settings.publicSite, settings.basePath, help())!;
/** Where a Welsh (or bilingual) sheet's QR code leads: the Welsh help page. */
const welshHelpUrl = printedAddress(
	settings.publicSite,
	settings.basePath,
	routeOf('help', {}, 'cy')
)!;
const lessonIds = builtIds('lesson');
const talkIds = builtIds('talk');
const pdfs = [
	leafletPdf(),
	posterPdf(),
	firstHourPdf(),
	letterPdf(),
	signpostingPdf(),
	...lessonIds.map(lessonPackPdf),
	...talkIds.map((id) => packPdf(talkItem(id))),
	leafletPdf('cy'),
	posterPdf('cy'),
	firstHourPdf('cy'),
	letterPdf('cy'),
	signpostingPdf('cy'),
	posterBilingualPdf(),
	signpostingBilingualPdf(),
];
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('this build has a public address under the sub-path and a school profile', () => {
	expect(helpUrl).toBe('https://kit.example.org/safety-kit/help/');
	expect(welshHelpUrl).toBe('https://kit.example.org/safety-kit/cy/help/');
	expect(profile.school).toBe('Riverside Academy');
	expect(lessonIds.length).toBeGreaterThan(0);
});

const packs = new Set([
	...lessonIds.map(lessonPackPdf),
	...talkIds.map((id) => packPdf(talkItem(id))),
]);

for (const pdf of pdfs) {
	const pack = packs.has(pdf);
	const target = splitLocale(pdf).locale === 'cy' ? welshHelpUrl : helpUrl;
	test(`${pdf}: its QR codes, read by a scanner, lead to the help page; no local address${pack ? '; it names the DSL, the deputies and the note' : ''}`, async () => {
		const facts = await readPdf(pdf);
		expect(localAddressesIn(facts)).toEqual([]);
		if (pack) {
			const text = flat(facts.text);
			for (const value of [
				`At ${profile.school}, talk to…`,
				profile.safeguardingLead.name,
				profile.safeguardingLead.contact,
				...profile.deputies.map((d) => d.name),
				profile.note!,
			])
				expect(text, value).toContain(value);
		}
		// The build draws a code only with the help page's address linked beside it
		// (src/components/leaflet/HelpQr.astro): scan the pages that link to it, the rest have none.
		const pages = pagesLinkingTo(facts, target);
		expect(pages.length).toBeGreaterThan(0);
		const codes = qrCodesInPdf(join(distDir, fileOfRoute(pdf)), pages);
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) expect(code).toBe(target);
	});
}

/** The start of what a sheet says when the school names no lead, in each language. */
const noLead = (['en', 'cy'] as const).map(
	(l) => strings(l)('atSchool.noProfile', { lead: '' }).split('.')[0]!
);

test('the leaflet and poster, in English, Welsh and both, name the school, its DSL and where to find them', async () => {
	for (const pdf of [
		leafletPdf(),
		posterPdf(),
		leafletPdf('cy'),
		posterPdf('cy'),
		posterBilingualPdf(),
	]) {
		const text = flat((await readPdf(pdf)).text);
		for (const value of [
			profile.school,
			profile.safeguardingLead.name,
			profile.safeguardingLead.where,
			profile.policeForce,
		])
			expect(text, `${pdf}: ${value}`).toContain(value);
		for (const words of noLead) expect(text, pdf).not.toContain(words);
	}
});

test('the letter to parents is signed by the DSL and says how to reach them', async () => {
	const text = flat((await readPdf(letterPdf())).text);
	for (const value of [
		profile.school,
		`Please contact ${profile.safeguardingLead.name}, our Designated Safeguarding Person (DSP)`,
		profile.safeguardingLead.contact,
		`Designated Safeguarding Person, ${profile.school}`,
	])
		expect(text, value).toContain(value);
	expect(text).not.toContain('Please contact the school office');
});

test('the signposting sheet lists every contact and the note; the first-hour guide names the DSL', async () => {
	const sheet = flat((await readPdf(signpostingPdf())).text);
	expect(sheet).toContain(`At ${profile.school}, talk to…`);
	for (const person of [profile.safeguardingLead, ...profile.deputies])
		for (const value of [person.name, person.where, person.contact])
			expect(sheet, value).toContain(value);
	expect(sheet).toContain(profile.note!);
	expect(sheet).not.toContain('Talk to any adult at school you trust. They will take you');
	const guide = flat((await readPdf(firstHourPdf())).text);
	expect(guide).toContain(
		`Tell the DSP (${profile.safeguardingLead.name}, ${profile.safeguardingLead.where})`
	);
});

test("the letter page shows the letter with the school's details, ready to copy", async ({
	page,
}) => {
	await page.goto(at(letter()));
	const sheet = page.locator('.sheet-preview [data-sheet="letter"]');
	await expect(sheet).toContainText(profile.safeguardingLead.contact);
	await expect(page.getByText(`This copy names ${profile.school}`)).toBeVisible();
});

test('"Make it your school\'s" starts from the build\'s profile', async ({ page }) => {
	await page.goto(at(leafletCustomise()));
	const school = page.getByRole('group', { name: 'Your school' });
	await expect(school.getByLabel('School name')).toHaveValue(profile.school);
	await expect(school.getByLabel('A short local note (optional)')).toHaveValue(profile.note!);
	const deputy = page.getByRole('group', { name: 'Deputy safeguarding lead 1 (optional)' });
	await expect(deputy.getByLabel('Name')).toHaveValue(profile.deputies[0]!.name);
	await page.getByRole('radio', { name: /signposting sheet/ }).check();
	await expect(page.locator('.sheet-preview [data-at-school="profile"]')).toContainText(
		profile.deputies[0]!.contact
	);
});

test('the help and offline pages show "At Riverside Academy, talk to…" with every contact', async ({
	page,
}) => {
	for (const route of [help(), offline()]) {
		await page.goto(at(route));
		const block = page.locator('[data-at-school="profile"]');
		await expect(block.getByRole('heading')).toHaveAccessibleName(`At ${profile.school}, talk to…`);
		for (const person of [profile.safeguardingLead, ...profile.deputies])
			for (const value of [person.name, person.where, person.contact])
				await expect(block, `${route}: ${value}`).toContainText(value);
		await expect(block).toContainText(profile.note!);
	}
});

const dslLines = () =>
	[profile.safeguardingLead, ...profile.deputies].map((p) => `${p.name}: ${p.where}`);

/** The PowerPoint copy's signposting slide lists the school's DSL and deputies; returns its slides. */
function expectPptxNamesDsl(item: Parameters<typeof slidesPptx>[0]) {
	const slides = readPptx(join(distDir, fileOfRoute(slidesPptx(item)))).slides;
	const signposting = slides.filter((s) =>
		s.body.includes("Your school's Designated Safeguarding Person")
	);
	expect(signposting.length).toBeGreaterThan(0);
	for (const line of dslLines()) expect(flat(signposting[0]!.body)).toContain(line);
	return slides;
}

for (const id of talkIds)
	test(`talk ${id}: the signposting slide in PowerPoint names the DSL`, () => {
		expectPptxNamesDsl(talkItem(id));
	});

/** What a reader in Wales sees: never England's title for the lead (search keywords hidden in the page may keep it). */
const englandsWords = /Designated Safeguarding Lead|\bDSL\b|safeguarding lead \(in England/;

for (const id of lessonIds)
	test(`lesson ${id}: the signposting slide, on the page, on screen and in PowerPoint, names the DSL, in Wales's words`, async ({
		page,
	}) => {
		await page.goto(at(lesson(id)));
		await expect(page.locator('[data-at-school="profile"]').first()).toContainText(
			profile.safeguardingLead.name
		);
		expect(await page.locator('body').innerText(), lesson(id)).not.toMatch(englandsWords);
		await page.goto(at(present(lessonItem(id))));
		await expect(page.locator('[data-service="school-dsl"] [data-school-dsl]')).toHaveText(
			dslLines()
		);
		expect(await page.locator('body').innerText(), present(lessonItem(id))).not.toMatch(
			englandsWords
		);
		const slides = expectPptxNamesDsl(lessonItem(id));
		// Meic, Wales's own help line, straight after Childline on the slide with Childline's number.
		const childline = slides.find((s) => flat(s.body).includes('0800 1111'));
		expect(flat(childline?.body ?? '')).toMatch(/Childline.*0800 1111.*Meic.*080 880 23456/);
	});

test("a school in Wales: the Designated Safeguarding Person, Hwb and Meic, never England's words", async ({
	page,
}) => {
	test.setTimeout(120_000);
	expect(profile.nation).toBe('wales');
	// The lessons and their slides: with each lesson's signposting, above.
	for (const route of [
		help(),
		guide('teachers'),
		guide('parents'),
		about(),
		firstHour(),
		firstDay(),
	]) {
		await page.goto(at(route));
		expect(await page.locator('body').innerText(), route).not.toMatch(englandsWords);
	}
	await page.goto(at(guide('teachers')));
	await expect(page.getByRole('heading', { name: 'Written for schools in Wales' })).toBeVisible();
	await expect(page.locator('#nation-note + p')).toContainText(
		'Designated Safeguarding Person (DSP)'
	);
	await expect(page.locator('#nation-note + p')).toContainText('on Hwb');
	await page.goto(at(help()));
	const blackmail = page.locator('section[aria-labelledby="blackmail"] [data-service]');
	const ids = await blackmail.evaluateAll((cards) =>
		cards.map((c) => c.getAttribute('data-service'))
	);
	expect(ids.slice(ids.indexOf('childline'), ids.indexOf('childline') + 2)).toEqual([
		'childline',
		'meic',
	]);
	await expect(page.locator('[data-service="lifeline"]')).toHaveCount(0);
	await expect(page.locator('[data-service="school-dsl"] h3').first()).toHaveText(
		"Your school's Designated Safeguarding Person (DSP)"
	);
	for (const pdf of [leafletPdf(), firstHourPdf(), firstDayPdf()]) {
		const text = flat((await readPdf(pdf)).text);
		expect(text, pdf).toMatch(/Designated Safeguarding Person|DSP/);
		expect(text, pdf).not.toMatch(/Designated Safeguarding Lead|\bDSL\b/);
	}
	const leafletText = flat((await readPdf(leafletPdf())).text);
	expect(leafletText).toContain('080 880 23456');
	// The Welsh sheets name the lead in Welsh, and the bilingual ones in Welsh and in Wales's English.
	for (const pdf of [leafletPdf('cy'), firstHourPdf('cy'), signpostingBilingualPdf()]) {
		const text = flat((await readPdf(pdf)).text);
		expect(text, pdf).toMatch(/Person Diogelu Dynodedig|\bPDD\b/);
		expect(text, pdf).not.toMatch(/Designated Safeguarding Lead|\bDSL\b/);
	}
	expect(flat((await readPdf(signpostingBilingualPdf())).text)).toContain(
		'Designated Safeguarding Person'
	);
	expect(flat((await readPdf(leafletPdf('cy'))).text)).toContain('080 880 23456');
});

// The longest details the profile accepts, printed: e2e/subpath/printed.subpath.ts (in the full browser).
