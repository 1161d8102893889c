/**
 * The sub-path build as a school's own edition (e2e/subpath/edition.ts): a public SITE_URL, so every
 * QR code in its PDFs leads to the help page under the site and base path, and a school profile, so
 * the school's own contacts appear on everything it prints and shows.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { printedAddress, fileOfRoute } from '../../src/site/paths';
import {
	help,
	leafletPdf,
	lesson,
	lessonItem,
	lessonPackPdf,
	offline,
	posterPdf,
	present,
	slidesPptx,
} from '../../src/site/routes';
import { readSchoolProfile } from '../../src/site/school-profile';
import { readSettings } from '../../src/site/settings';
import { readPdf } from '../support/pdf';
import { readPptx } from '../support/pptx';
import { localAddressesIn, qrCodesInPdf } from '../support/printed';
import { at, builtIds, distDir } from '../support/site';

const settings = readSettings();
const profile = readSchoolProfile(settings.schoolProfile)!;
const helpUrl = printedAddress(settings.publicSite, settings.basePath, help())!;
const lessonIds = builtIds('lesson');
const pdfs = [leafletPdf(), posterPdf(), ...lessonIds.map(lessonPackPdf)];
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('this build has a public address under the sub-path and a school profile', () => {
	expect(helpUrl).toBe('https://kit.example.org/safety-kit/help/');
	expect(profile.school).toBe('Riverside Academy');
	expect(lessonIds.length).toBeGreaterThan(0);
});

for (const pdf of pdfs) {
	test(`${pdf}: its QR codes, read by a scanner, lead to the help page; no local address`, async () => {
		test.setTimeout(120_000);
		const codes = qrCodesInPdf(join(distDir, fileOfRoute(pdf)));
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) expect(code).toBe(helpUrl);
		const facts = await readPdf(pdf);
		expect(localAddressesIn(facts)).toEqual([]);
		expect(facts.links.flat()).toContain(helpUrl);
	});
}

test('the leaflet and poster name the school, its DSL and where to find them', async () => {
	for (const pdf of [leafletPdf(), posterPdf()]) {
		const text = flat((await readPdf(pdf)).text);
		for (const value of [
			profile.school,
			profile.safeguardingLead.name,
			profile.safeguardingLead.where,
			profile.policeForce,
		])
			expect(text, `${pdf}: ${value}`).toContain(value);
		expect(text).not.toContain('Talk to any adult at school you trust. They will take you');
	}
});

test('every lesson pack names the DSL, the deputies and the note', async () => {
	for (const id of lessonIds) {
		const text = flat((await readPdf(lessonPackPdf(id))).text);
		for (const value of [
			`At ${profile.school}, talk to…`,
			profile.safeguardingLead.name,
			profile.safeguardingLead.contact,
			...profile.deputies.map((d) => d.name),
			profile.note!,
		])
			expect(text, `${id}: ${value}`).toContain(value);
	}
});

test('the help and offline pages show "At Riverside Academy, talk to…" with every contact', async ({
	page,
}) => {
	for (const route of [help(), offline()]) {
		await page.goto(at(route));
		const block = page.locator('[data-at-school="profile"]');
		await expect(block.getByRole('heading')).toHaveText(`At ${profile.school}, talk to…`);
		for (const person of [profile.safeguardingLead, ...profile.deputies])
			for (const value of [person.name, person.where, person.contact])
				await expect(block, `${route}: ${value}`).toContainText(value);
		await expect(block).toContainText(profile.note!);
	}
});

test("every lesson's signposting slide, on the page, on screen and in PowerPoint, names the DSL", async ({
	page,
}) => {
	const lines = [profile.safeguardingLead, ...profile.deputies].map((p) => `${p.name}: ${p.where}`);
	for (const id of lessonIds) {
		await page.goto(at(lesson(id)));
		await expect(page.locator('[data-at-school="profile"]').first()).toContainText(
			profile.safeguardingLead.name
		);
		await page.goto(at(present(lessonItem(id))));
		const dsl = page.locator('[data-service="school-dsl"] [data-school-dsl]');
		await expect(dsl).toHaveText(lines);
		const slides = readPptx(join(distDir, fileOfRoute(slidesPptx(lessonItem(id))))).slides;
		const signposting = slides.filter((s) => s.body.includes("Your school's Designated"));
		expect(signposting.length, id).toBeGreaterThan(0);
		for (const line of lines) expect(flat(signposting[0]!.body), id).toContain(line);
	}
});
