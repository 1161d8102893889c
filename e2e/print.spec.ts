/**
 * The printed kit: the leaflet, poster, first-hour guide, letter, signposting sheet and pack PDFs the
 * build makes, in English and in Welsh (and the bilingual poster and "Who can help" sheet), read back
 * with pdf.js (unpdf). Printing from the browser is e2e/customise.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { locales, splitLocale } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { kindRules } from '../src/site/kinds';
import { displayUrl, fileOfRoute, printedAddress, withBase } from '../src/site/paths';
import {
	adviceList,
	firstDay,
	firstDayPdf,
	firstHour,
	firstHourPdf,
	guide,
	handoutPdf,
	handoutTalks,
	help,
	itemPage,
	leaflet,
	leafletPdf,
	leafletPrint,
	lesson,
	lessonItem,
	letter,
	letterPdf,
	signpostingPdf,
	lessonPackPdf,
	worksheetPdf,
	packPdf,
	posterBilingualPdf,
	posterPdf,
	routeOf,
	signpostingBilingualPdf,
	talk,
	talkItem,
} from '../src/site/routes';
import { readSchoolProfile } from '../src/features/school/profile';
import { readSettings } from '../src/site/settings';
import { builtPdfs, readPdf } from './support/pdf';
import { localAddressesIn, pagesLinkingTo, qrCodesInPdf } from './support/printed';
import {
	at,
	builtIds,
	builtPages,
	crisisServices,
	distDir,
	serviceById,
	steps,
	noProfileText,
} from './support/site';

/**
 * The public help page the QR codes point to (SITE_URL and BASE_PATH), or undefined when this build
 * has no public address: then the PDFs carry no QR code and show the phone routes instead.
 */
const settings = readSettings();
const { basePath: base } = settings;
const helpUrl = printedAddress(settings.publicSite, base, help());
/** The help page a Welsh sheet's QR code leads to: the Welsh one. */
const welshHelpUrl = printedAddress(settings.publicSite, base, routeOf('help', {}, 'cy'));
const profile = readSchoolProfile(settings.schoolProfile);

const lessonIds = builtIds('lesson');
const talkIds = builtIds('talk');
const welshLessonIds = builtIds('lesson', 'cy');
const pdfs = builtPdfs();
const A4 = { width: 595.28, height: 841.89 };

/** The sheets in Welsh, then the two in Welsh and English, with the pages each promises. */
const welshSheets: [string, number][] = [
	[leafletPdf('cy'), 2],
	[posterPdf('cy'), 1],
	[firstHourPdf('cy'), 1],
	[letterPdf('cy'), 1],
	[signpostingPdf('cy'), 1],
];
const bilingualSheets = [posterBilingualPdf(), signpostingBilingualPdf()];
const promisedPages = new Map<string, number>([
	...welshSheets,
	...bilingualSheets.map((pdf): [string, number] => [pdf, 1]),
]);

/** Services whose cards a built page shows, from its `data-service` attributes. */
function servicesOn(route: string) {
	// A nation's own line is hidden unless the school's nation is set (LeafletHelp.astro): not on paper.
	const html = readFileSync(join(distDir, fileOfRoute(route)), 'utf8').replace(
		/<p class="help-also" data-nation-in="[^"]*" hidden>.*?<\/p>/gs,
		''
	);
	return [...new Set([...html.matchAll(/data-service="([^"]+)"/g)].map((m) => m[1]!))].map(
		serviceById
	);
}

test("the build printed the leaflet, the poster, the first-hour guide, the first-day pack, the letter, the signposting sheet, a pack for every lesson and talk, a worksheet for every lesson, the parents' take-home sheet, the Welsh sheets and the bilingual ones, and nothing else", () => {
	expect(lessonIds.length).toBeGreaterThan(0);
	expect(pdfs).toEqual(
		[
			leafletPdf(),
			posterPdf(),
			firstHourPdf(),
			firstDayPdf(),
			letterPdf(),
			signpostingPdf(),
			...welshSheets.map(([pdf]) => pdf),
			...bilingualSheets,
			...lessonIds.map(lessonPackPdf),
			...lessonIds.map((id) => worksheetPdf(id)),
			...talkIds.map((id) => packPdf(talkItem(id))),
			...talkIds.filter((id) => handoutTalks.includes(id)).map(handoutPdf),
			...welshLessonIds.map((id) => packPdf(lessonItem(id), 'cy')),
			...welshLessonIds.map((id) => worksheetPdf(id, 'cy')),
		].sort()
	);
});

for (const pdf of pdfs) {
	// A Welsh PDF (and a bilingual one, Welsh first) is in Welsh, and its code leads to the Welsh help page.
	const { locale } = splitLocale(pdf);
	const { lang } = locales[locale];
	const helpPage = locale === 'cy' ? welshHelpUrl : helpUrl;
	const promised = promisedPages.get(pdf);
	test(`${pdf}: A4, tagged, titled in its language (${lang}), no local address${promised ? `, ${promised} ${promised === 1 ? 'page' : 'pages'}` : ''}`, async () => {
		const facts = await readPdf(pdf);
		expect(facts.pages).toBeGreaterThan(0);
		if (promised) expect(facts.pages).toBe(promised);
		for (const size of facts.sizes) {
			expect(Math.abs(size.width - A4.width)).toBeLessThanOrEqual(1);
			expect(Math.abs(size.height - A4.height)).toBeLessThanOrEqual(1);
		}
		expect(facts.info['Title']).toEqual(expect.any(String));
		expect((facts.info['Title'] as string).length).toBeGreaterThan(5);
		expect(facts.info['Language']).toBe(lang);
		expect(facts.info['Author']).toMatch(/Too Good To Be True/);
		expect(facts.info['Subject']).toEqual(expect.any(String));
		expect(facts.info['Keywords']).toEqual(expect.any(String));
		// Tagged: /MarkInfo << /Marked true >> and a structure tree behind every page.
		expect(facts.marked).toBe(true);
		expect(facts.structured.every(Boolean)).toBe(true);
		expect(facts.outline.length).toBeGreaterThan(0);
		expect(facts.text.length).toBeGreaterThan(200);
		// Nothing may point at the throwaway server the build printed from, or at any local address.
		expect(localAddressesIn(facts)).toEqual([]);
		if (helpPage) expect(facts.links.flat()).toContain(helpPage);
		else expect(facts.text).toContain(serviceById('childline').phone!);
		// Welsh first: the Welsh title ("… / …" in the PDF's title) comes before the English one.
		if (bilingualSheets.includes(pdf)) {
			const single = (text: string) => text.replace(/\s+/g, ' ');
			const [welsh, english] = single(facts.info['Title'] as string).split(' / ');
			const flat = single(facts.text);
			expect(flat.indexOf(welsh!), welsh).toBeGreaterThanOrEqual(0);
			expect(flat.indexOf(english!), english).toBeGreaterThan(flat.indexOf(welsh!));
		}
	});

	// Where the build has a public address (the school's edition in e2e/subpath/ does).
	if (helpPage)
		test(`${pdf}: the QR codes, read by a scanner, lead to the public help page`, async () => {
			const pages = pagesLinkingTo(await readPdf(pdf), helpPage);
			expect(pages.length).toBeGreaterThan(0);
			const codes = qrCodesInPdf(join(distDir, fileOfRoute(pdf)), pages);
			expect(codes.length).toBeGreaterThan(0);
			for (const code of codes) expect(code).toBe(helpPage);
		});
}

if (!helpUrl)
	test('without a public address no printed page carries a QR code, rather than one that leads to localhost', () => {
		const printed = builtPages().filter((page) => kindRules[page.kind].pdf);
		expect(printed.length).toBe(pdfs.length);
		for (const { route } of printed) {
			// The build draws a code only in HelpQr's block (src/components/leaflet/HelpQr.astro).
			const html = readFileSync(join(distDir, fileOfRoute(route)), 'utf8');
			expect(html, route).not.toContain('data-qr-target');
			expect(html, route).not.toContain('aria-label="QR code');
		}
	});

test('the leaflet: two pages, the help numbers from the data, the key advice, working links', async () => {
	const facts = await readPdf(leafletPdf());
	expect(facts.pages).toBe(2);
	expect(facts.outline[0]).toBe('Too good to be true?');
	const shown = servicesOn(leafletPrint());
	expect(shown.map((s) => s.id)).toEqual(
		expect.arrayContaining([
			'childline',
			'ceop',
			'police-emergency',
			'police-101',
			'nspcc-helpline',
		])
	);
	for (const phone of ['999', '101', '0800 1111']) expect(facts.text).toContain(phone);
	const links = facts.links.flat();
	// Each route can be reached from the paper: its number as a tel: (or sms:) link, else its web
	// address (the leaflet's lists print the address only where there is no number to call or text).
	for (const service of shown) {
		if (service.phone) {
			expect(facts.text, service.id).toContain(service.phone);
			expect(links, service.id).toContain(`tel:${service.phone.replaceAll(' ', '')}`);
		} else if (service.text) {
			expect(facts.text.replace(/\s+/g, ' '), service.id).toContain(service.text.number);
			expect(links, service.id).toContain(`sms:${service.text.number}?body=${service.text.word}`);
		} else if (service.url) expect(links, service.id).toContain(service.url);
	}
	// The steps from content/data/steps.yaml, in their order: saving the evidence before blocking.
	const flat = facts.text.replace(/\s+/g, ' ');
	const positions = steps.map((s) => flat.indexOf(s.title));
	expect(
		positions.every((i) => i >= 0),
		`steps at ${positions.join(', ')}`
	).toBe(true);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	// The crisis routes, by name and number.
	for (const s of crisisServices) {
		expect(flat, s.id).toContain(s.name);
		expect(flat, s.id).toContain(s.phone ?? s.text!.number);
	}
	for (const line of [
		'It is not your fault. You are not alone.',
		'you are the victim of a crime',
		'If something looks too good to be true, it probably is.',
		'Friend requests',
		'Warning signs',
		'the safeguarding lead (in England, the Designated Safeguarding Lead or DSL)',
		'Get help now',
	]) {
		expect(facts.text, line).toContain(line);
	}
	// The QR code and the printed address both lead to the help page; without one, the phone routes.
	if (helpUrl) expect(facts.links[1]).toContain(helpUrl);
	else expect(flat).toContain('Get help now Call Childline free on 0800 1111');
	// The school's own contacts, or what to do without them: never empty lines.
	if (profile) expect(flat).toContain(profile.safeguardingLead.name);
	else expect(flat).toContain(noProfileText);
});

test('the poster: one page with the steps, Childline, 999, the crisis routes and the help page', async () => {
	const facts = await readPdf(posterPdf());
	expect(facts.pages).toBe(1);
	for (const id of ['childline', 'police-emergency'])
		expect(facts.text).toContain(serviceById(id).phone!);
	const flat = facts.text.replace(/\s+/g, ' ');
	expect(flat).toContain('it is not your fault. You are not alone.');
	const positions = steps.map((s) => flat.indexOf(s.title));
	expect(
		positions.every((i) => i >= 0),
		`steps at ${positions.join(', ')}`
	).toBe(true);
	for (const s of crisisServices) expect(flat, s.id).toContain(s.phone ?? s.text!.number);
	if (helpUrl) expect(facts.links[0]).toContain(helpUrl);
	if (profile) expect(flat).toContain(profile.safeguardingLead.name);
	else expect(flat).toContain(noProfileText);
});

test('the Welsh poster says "it is not your fault" and "you are not alone" as the English one does, and the bilingual one in both languages', async () => {
	const welsh = ['nid dy fai di yw e.', 'Dwyt ti ddim ar dy ben dy hun.'];
	const english = ['it is not your fault.', 'You are not alone.'];
	for (const [pdf, lines] of [
		[posterPdf('cy'), welsh],
		[posterBilingualPdf(), [...welsh, ...english]],
	] as const) {
		const flat = (await readPdf(pdf)).text.replace(/\s+/g, ' ');
		for (const line of lines) expect(flat, `${pdf}: ${line}`).toContain(line);
	}
});

test('the first-hour guide: one page with what to say, what never to do, the DSL, the pupil steps and the crisis routes', async () => {
	const facts = await readPdf(firstHourPdf());
	expect(facts.pages).toBe(1);
	expect(facts.outline[0]).toBe('A disclosure: the first hour');
	const flat = facts.text.replace(/\s+/g, ' ');
	// The flowchart, in its order.
	const boxes = [
		'Step 1: listen',
		'Step 2: never',
		'Step 3: tell the safeguarding lead at once',
		'Step 4: record',
		'Step 5: the safeguarding lead',
	];
	const places = boxes.map((b) => flat.indexOf(b));
	expect(
		places.every((i) => i >= 0),
		`boxes at ${places.join(', ')}`
	).toBe(true);
	expect([...places].sort((a, b) => a - b)).toEqual(places);
	for (const line of ['This is not your fault.', 'ask to see it', 'self-harm', 'Report Remove'])
		expect(flat, line).toContain(line);
	// The pupil's steps from content/data/steps.yaml, saving the evidence before blocking.
	const positions = steps.map((s) => flat.indexOf(s.title));
	expect(
		positions.every((i) => i >= 0),
		`steps at ${positions.join(', ')}`
	).toBe(true);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	for (const s of crisisServices) expect(flat, s.id).toContain(s.phone ?? s.text!.number);
});

test('the letter to parents: one page, every part of the letter, the school or what to do instead, no blanks', async () => {
	const facts = await readPdf(letterPdf());
	expect(facts.pages).toBe(1);
	const flat = facts.text.replace(/\s+/g, ' ');
	for (const line of [
		'Dear parent or carer,',
		'How you can help at home',
		'do not pay',
		'If you have a question or a worry',
		'Yours sincerely,',
	])
		expect(flat, line).toContain(line);
	for (const id of ['police-emergency', 'nspcc-helpline'])
		expect(flat, id).toContain(serviceById(id).phone!);
	// Ready to send: nothing in square brackets left to fill in.
	expect(flat).not.toMatch(/\[[^\]]*\]/);
	if (profile) {
		for (const value of [
			profile.school,
			profile.safeguardingLead.name,
			profile.safeguardingLead.contact,
		])
			expect(flat, value).toContain(value);
	} else {
		expect(flat).toContain(
			'Please contact the school office and ask for the safeguarding lead (in England, the Designated Safeguarding Lead or DSL)'
		);
		expect(flat).toContain('Yours sincerely, The safeguarding lead');
	}
	if (helpUrl) expect(facts.links.flat()).toContain(helpUrl);
	else expect(flat).toContain('Get help now Call Childline free on 0800 1111');
});

test('the signposting sheet: one page with who to talk to at school, the help routes and the lines to call day or night', async () => {
	const facts = await readPdf(signpostingPdf());
	expect(facts.pages).toBe(1);
	const flat = facts.text.replace(/\s+/g, ' ');
	expect(flat).toMatch(/it is not your fault/i);
	for (const id of ['childline', 'police-101', 'police-emergency', 'nspcc-helpline'])
		expect(flat, id).toContain(serviceById(id).phone!);
	for (const s of crisisServices) expect(flat, s.id).toContain(s.phone ?? s.text!.number);
	expect(flat).toContain(profile ? `At ${profile.school}, talk to…` : 'At school, talk to…');
	expect(flat).toContain(profile ? profile.safeguardingLead.name : noProfileText);
	if (helpUrl) expect(facts.links.flat()).toContain(helpUrl);
});

test("the parents' and teachers' guides lead to the letter page, ready to copy, with its PDF", async ({
	page,
	request,
}) => {
	for (const audience of ['parents', 'teachers'] as const) {
		await page.goto(at(guide(audience)));
		await page.getByRole('link', { name: 'letter to parents and carers' }).first().click();
		await expect(page).toHaveURL(at(letter()));
	}
	await expect(page.locator('h1')).toHaveText('A letter to parents and carers');
	await expect(page.locator('.sheet-preview [data-sheet="letter"]')).toContainText(
		'Dear parent or carer,'
	);
	const link = page.getByRole('link', { name: 'Download the letter (PDF, A4, 1 page)' });
	await expect(link).toHaveAttribute('href', withBase(base, letterPdf()));
	const response = await request.get(at(letterPdf()));
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/pdf');
});

test("the teachers' guide leads to the first-hour page, which shows the guide and links to its PDF", async ({
	page,
	request,
}) => {
	await page.goto(at(guide('teachers')));
	await page.getByRole('link', { name: 'first-hour guide' }).click();
	await expect(page).toHaveURL(at(firstHour()));
	await expect(page.locator('h1')).toHaveText('A disclosure: the first hour');
	await expect(page.locator('.sheet-preview [data-sheet="first-hour"] [data-flow]')).toBeVisible();
	await expect(page.locator('.sheet-preview [data-step-id]')).toHaveCount(steps.length);
	const link = page.getByRole('link', { name: 'Download the first-hour guide (PDF, A4, 1 page)' });
	await expect(link).toHaveAttribute('href', withBase(base, firstHourPdf()));
	const response = await request.get(at(firstHourPdf()));
	expect(response.headers()['content-type']).toContain('application/pdf');
});

test('the first-day pack: referral first, the questions, Report Remove, the call home, POSH, the crisis routes, then a record to fill in by hand', async ({
	page,
}) => {
	const facts = await readPdf(firstDayPdf());
	expect(facts.pages).toBe(3);
	const flat = facts.text.replace(/\s+/g, ' ');
	const parts = [
		'Refer at once',
		'Questions to work through today',
		'Report Remove, with Childline',
		'Calling parents and carers',
		'Advice for you',
		'Incident record',
	];
	const places = parts.map((p) => flat.indexOf(p));
	expect(
		places.every((i) => i >= 0),
		`parts at ${places.join(', ')}`
	).toBe(true);
	expect([...places].sort((a, b) => a - b)).toEqual(places);
	expect(flat).toContain('The CEOP Safety Centre is an extra way to report');
	expect(flat).toContain(serviceById('posh').phone!);
	for (const s of crisisServices) expect(flat, s.id).toContain(s.phone ?? s.text!.number);
	// The record is paper: the page has no form fields, so nothing typed can be kept or sent.
	await page.goto(at(firstDay()));
	await expect(page.locator('h1')).toHaveText("A disclosure: the safeguarding lead's first day");
	await expect(
		page.locator('.sheet-preview input, .sheet-preview textarea, .sheet-preview form')
	).toHaveCount(0);
	await expect(page.locator('.sheet-preview .field')).not.toHaveCount(0);
	await page.goto(at(guide('teachers')));
	await page.getByRole('link', { name: 'first-day pack' }).click();
	await expect(page).toHaveURL(at(firstDay()));
	await page.goto(at(firstHour()));
	await expect(page.getByRole('link', { name: 'first-day pack' })).toHaveAttribute(
		'href',
		withBase(base, firstDay())
	);
});

for (const id of lessonIds) {
	test(`the ${id} lesson pack holds the plan and the safeguarding notes`, async () => {
		const facts = await readPdf(lessonPackPdf(id));
		const title = (facts.info['Title'] as string).replace(/: lesson pack$/, '');
		expect(facts.text).toContain(title.replace(/\s+/g, ' '));
		for (const line of [
			'Learning objectives',
			'Learning outcomes',
			'Before you teach: safeguarding',
			'Where pupils can get help',
		]) {
			expect(facts.text).toContain(line);
		}
		// The signposting names the school's own contacts, or says what to do without them.
		const flat = facts.text.replace(/\s+/g, ' ');
		if (profile) expect(flat).toContain(`At ${profile.school}, talk to…`);
		else expect(flat).toContain(noProfileText);
	});
}

for (const id of welshLessonIds) {
	test(`the ${id} lesson pack in Welsh holds the plan and the safeguarding notes, in Welsh, for Wales`, async () => {
		const t = strings('cy');
		const facts = await readPdf(packPdf(lessonItem(id), 'cy'));
		const flat = facts.text.replace(/\s+/g, ' ');
		// "Pwy sydd yno go iawn?: pecyn gwers", the lesson's title also on the page.
		const suffix = `: ${t('slides.pack.lessons.name')}`;
		const title = facts.info['Title'] as string;
		expect(title.endsWith(suffix), title).toBe(true);
		expect(flat).toContain(title.slice(0, -suffix.length));
		for (const key of [
			'slides.lesson.objectives',
			'slides.lesson.outcomes',
			'slides.lesson.beforeYouTeach',
			'slides.pack.lessons.help',
		])
			expect(flat, key).toContain(t(key));
		// Wales's words: the Designated Safeguarding Person, and Welsh year groups.
		expect(flat).toContain('Person Diogelu Dynodedig');
		expect(flat).toContain('Blynyddoedd 8-11');
		for (const english of ['Learning objectives', 'Before you teach', 'Worksheet:', 'Say or do'])
			expect(flat, english).not.toContain(english);
	});
}

for (const id of talkIds) {
	test(`the ${id} talk pack holds the talk, the notes for the presenter and where to get help`, async () => {
		const facts = await readPdf(packPdf(talkItem(id)));
		const title = (facts.info['Title'] as string).replace(/: talk pack$/, '');
		const flat = facts.text.replace(/\s+/g, ' ');
		expect(flat).toContain(title.replace(/\s+/g, ' '));
		for (const line of ['Before you present', 'Where to get help'])
			expect(flat, line).toContain(line);
		for (const s of crisisServices) expect(flat, s.id).toContain(s.phone ?? s.text!.number);
	});
}

test("the talks are listed for teachers, and the parents' session for parents, with its pack and its one-page take-home sheet linked", async ({
	page,
	request,
}) => {
	expect(talkIds.length).toBeGreaterThanOrEqual(2);
	await page.goto(at(guide('teachers')));
	await expect(page.locator('[data-talk-list] [data-talk]')).toHaveCount(talkIds.length);
	await page.goto(at(guide('parents')));
	const forParents = page.locator('[data-talk-list] [data-talk]');
	await expect(forParents).not.toHaveCount(0);
	await forParents.first().getByRole('link').click();
	await expect(page.getByText('For: parents and carers')).toBeVisible();
	const link = page.getByRole('link', { name: 'Download talk pack (PDF)' });
	const response = await request.get(at((await link.getAttribute('href'))!));
	expect(response.headers()['content-type']).toContain('application/pdf');
	const route = new URL(page.url()).pathname.replace(base, '/');
	const id = talkIds.find((t) => talk(t) === route)!;
	expect(id, route).toBeDefined();
	// Its take-home sheet: a PDF of its own (the build holds it to one page), which the pack names.
	expect(handoutTalks).toContain(id);
	const sheet = page.getByRole('link', { name: 'Download take-home sheet (PDF, 1 page)' });
	await expect(sheet).toHaveAttribute('href', withBase(base, handoutPdf(id)));
	expect((await request.get(at(handoutPdf(id)))).status()).toBe(200);
	const address = printedAddress(settings.publicSite, base, handoutPdf(id));
	const squeezed = (text: string) => text.replace(/\s+/g, '');
	expect(squeezed((await readPdf(packPdf(talkItem(id)))).text)).toContain(
		squeezed(
			`Print copies to send home: ${address ? displayUrl(address) : fileOfRoute(handoutPdf(id))}`
		)
	);
	// A hand-out to keep, not a worksheet to fill in.
	const handout = (await readPdf(handoutPdf(id))).text.replace(/\s+/g, ' ');
	expect(handout).toContain('Take-home sheet for parents and carers');
	expect(handout).not.toMatch(/Name: _+/);
});

/** Renders page 1 of a PDF with pdf.js inside Chromium and returns the share of dark pixels. */
async function inkOnPageOne(page: Page, pdf: string): Promise<number> {
	// A made-up site of its own (http://render.invalid/) that holds pdf.js and the PDF.
	const pdfjs = readFileSync(new URL('../node_modules/unpdf/dist/pdfjs.mjs', import.meta.url));
	const bytes = readFileSync(join(distDir, fileOfRoute(pdf)));
	await page.route('http://render.invalid/**', (route) => {
		const { pathname } = new URL(route.request().url());
		if (pathname === '/pdf.mjs')
			return route.fulfill({ body: pdfjs, contentType: 'text/javascript' });
		if (pathname === '/doc.pdf')
			return route.fulfill({ body: bytes, contentType: 'application/pdf' });
		return route.fulfill({
			body: '<!doctype html><title>Render</title><canvas></canvas>',
			contentType: 'text/html',
		});
	});
	await page.goto('http://render.invalid/');
	return page.evaluate(async () => {
		// Served by the route above, inside the page: a variable keeps TypeScript from resolving it.
		const script = '/pdf.mjs';
		const pdfjs = await import(script);
		const data = new Uint8Array(await (await fetch('/doc.pdf')).arrayBuffer());
		const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
		const first = await doc.getPage(1);
		const viewport = first.getViewport({ scale: 0.5 });
		const canvas = document.querySelector('canvas')!;
		canvas.width = Math.ceil(viewport.width);
		canvas.height = Math.ceil(viewport.height);
		const context = canvas.getContext('2d')!;
		await first.render({ canvasContext: context, canvas, viewport }).promise;
		const { data: pixels } = context.getImageData(0, 0, canvas.width, canvas.height);
		let dark = 0;
		for (let i = 0; i < pixels.length; i += 4)
			if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 384) dark += 1;
		return dark / (pixels.length / 4);
	});
}

for (const pdf of [leafletPdf(), posterPdf(), firstHourPdf(), letterPdf(), signpostingPdf()]) {
	test(`page 1 of ${pdf} renders to a picture with ink on it`, async ({ page }) => {
		const ink = await inkOnPageOne(page, pdf);
		expect(ink).toBeGreaterThan(0.02);
		expect(ink).toBeLessThan(0.6);
	});
}

test('the leaflet page previews the leaflet and links to the PDFs, the "Make it your school\'s" page and the Welsh page, which lists the Welsh and bilingual PDFs', async ({
	page,
	request,
}) => {
	await page.goto(at(leaflet()));
	await expect(page.locator('h1')).toHaveText('Printable leaflet');
	await expect(page.locator('.sheet-preview [data-sheet="leaflet"]')).toBeVisible();
	await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
	await expect(page.locator('main p[hidden]').filter({ hasText: 'handout' })).toContainText(
		'leaflet'
	);
	for (const [name, file] of [
		['Download the leaflet (PDF, A4, 2 pages)', leafletPdf()],
		['Download the A4 poster (PDF)', posterPdf()],
		['Download the "Who can help" sheet (PDF, A4, 1 page)', signpostingPdf()],
	] as const) {
		const link = page.getByRole('link', { name });
		await expect(link).toHaveAttribute('href', withBase(base, file));
		const response = await request.get(at(file));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/pdf');
	}
	await page.getByRole('link', { name: "Make it your school's" }).click();
	await expect(page.locator('h1')).toHaveText("Make it your school's");
	// The English page says where the Welsh sheets are; the Welsh page lists them and the bilingual ones.
	await page.goto(at(leaflet()));
	const cy = strings('cy');
	await page.getByRole('link', { name: cy('print.page.leafletTitle') }).click();
	await expect(page).toHaveURL(at(routeOf('leaflet', {}, 'cy')));
	await expect(page.locator('h1')).toHaveText(cy('print.page.leafletTitle'));
	await expect(page.locator('.sheet-preview [data-sheet="leaflet"]')).toHaveAttribute('lang', 'cy');
	for (const [name, file] of [
		[cy('print.page.downloadLeaflet'), leafletPdf('cy')],
		[cy('print.page.downloadPoster'), posterPdf('cy')],
		[cy('print.page.downloadSignposting'), signpostingPdf('cy')],
		[cy('print.page.downloadPosterBilingual'), posterBilingualPdf()],
		[cy('print.page.downloadSignpostingBilingual'), signpostingBilingualPdf()],
	] as const) {
		const link = page.getByRole('link', { name, exact: true });
		await expect(link).toHaveAttribute('href', withBase(base, file));
		const response = await request.get(at(file));
		expect(response.status(), file).toBe(200);
	}
});

test('each lesson page links to its lesson pack PDF and its one-page worksheet PDF, which the pack names too', async ({
	page,
	request,
}) => {
	for (const id of lessonIds) {
		await page.goto(at(lesson(id)));
		const link = page.getByRole('link', { name: 'Download lesson pack (PDF)' });
		await expect(link).toHaveAttribute('href', withBase(base, lessonPackPdf(id)));
		const worksheet = page.getByRole('link', { name: 'Download worksheet (PDF, 1 page)' });
		await expect(worksheet).toHaveAttribute('href', withBase(base, worksheetPdf(id)));
		for (const pdf of [lessonPackPdf(id), worksheetPdf(id)]) {
			const response = await request.get(at(pdf));
			expect(response.status(), pdf).toBe(200);
		}
		// The pack says where the worksheet is: its public address, or its file in the kit's folder.
		const address = printedAddress(settings.publicSite, base, worksheetPdf(id));
		const pack = await readPdf(lessonPackPdf(id));
		// Without white space: a long file name may break over a line.
		const squeezed = (text: string) => text.replace(/\s+/g, '');
		expect(squeezed(pack.text)).toContain(
			squeezed(`Print 30 copies: ${address ? displayUrl(address) : fileOfRoute(worksheetPdf(id))}`)
		);
		// The worksheet alone, ready to fill in (the build holds it to one page).
		const sheet = await readPdf(worksheetPdf(id));
		expect(sheet.text).toMatch(/Name: _+ Date: _+/);
	}
	// A Welsh lesson links its Welsh pack and worksheet, the worksheet ready to fill in in Welsh.
	for (const id of welshLessonIds) {
		const t = strings('cy');
		await page.goto(at(itemPage(lessonItem(id), 'cy')));
		for (const [name, pdf] of [
			[t('slides.actions.lessons.pack'), packPdf(lessonItem(id), 'cy')],
			[t('slides.actions.worksheet'), worksheetPdf(id, 'cy')],
		] as const) {
			await expect(page.getByRole('link', { name })).toHaveAttribute('href', withBase(base, pdf));
			expect((await request.get(at(pdf))).status(), pdf).toBe(200);
		}
		const sheet = await readPdf(worksheetPdf(id, 'cy'));
		expect(sheet.pages).toBe(1);
		expect(sheet.text).toMatch(/Enw: _+ Dyddiad: _+/);
	}
});

test('printing an ordinary page drops the site chrome and the screen margins around the content', async ({
	page,
}) => {
	await page.goto(at(adviceList()));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site-header')).toBeHidden();
	await expect(page.locator('footer.site-footer')).toBeHidden();
	const main = await page.locator('main').evaluate((el) => {
		const style = getComputedStyle(el);
		return { padding: style.paddingLeft, maxWidth: style.maxWidth };
	});
	expect(main).toEqual({ padding: '0px', maxWidth: 'none' });
});
