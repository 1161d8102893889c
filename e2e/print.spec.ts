/**
 * The printed kit: the leaflet, poster and lesson pack PDFs the build makes, read back with pdf.js
 * (unpdf), and the customise page that prints a school's own copy from the browser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { noProfileAdvice } from '../src/lib/school';
import { fileOfRoute, printedAddress, withBase } from '../src/site/paths';
import {
	adviceList,
	firstHour,
	firstHourPdf,
	guide,
	help,
	leaflet,
	leafletCustomise,
	leafletPdf,
	leafletPrint,
	lesson,
	lessonPackPdf,
	packPdf,
	posterPdf,
	talk,
	talkItem,
} from '../src/site/routes';
import { readSchoolProfile } from '../src/site/school-profile';
import { readSettings } from '../src/site/settings';
import { builtPdfs, readPdf, readPdfBytes } from './support/pdf';
import { localAddressesIn, qrCodesInPdf } from './support/printed';
import { at, builtIds, crisisServices, distDir, serviceById, steps } from './support/site';

/**
 * The public help page the QR codes point to (SITE_URL and BASE_PATH), or undefined when this build
 * has no public address: then the PDFs carry no QR code and show the phone routes instead.
 */
const settings = readSettings();
const { basePath: base } = settings;
const helpUrl = printedAddress(settings.publicSite, base, help());
const profile = readSchoolProfile(settings.schoolProfile);

const lessonIds = builtIds('lesson');
const talkIds = builtIds('talk');
const pdfs = builtPdfs();
const A4 = { width: 595.28, height: 841.89 };
const MB = 1_000_000;

/** Services whose cards a built page shows, from its `data-service` attributes. */
function servicesOn(route: string) {
	const html = readFileSync(join(distDir, fileOfRoute(route)), 'utf8');
	return [...new Set([...html.matchAll(/data-service="([^"]+)"/g)].map((m) => m[1]!))].map(
		serviceById
	);
}

test('the build printed the leaflet, the poster, the first-hour guide and a pack for every lesson, and nothing else', () => {
	expect(lessonIds.length).toBeGreaterThan(0);
	expect(pdfs).toEqual(
		[
			leafletPdf(),
			posterPdf(),
			firstHourPdf(),
			...lessonIds.map(lessonPackPdf),
			...talkIds.map((id) => packPdf(talkItem(id))),
		].sort()
	);
});

for (const pdf of pdfs) {
	test(`${pdf}: A4, tagged, titled in British English, under 1 MB, no local address`, async () => {
		const facts = await readPdf(pdf);
		expect(facts.bytes).toBeLessThanOrEqual(MB);
		expect(facts.pages).toBeGreaterThan(0);
		for (const size of facts.sizes) {
			expect(Math.abs(size.width - A4.width)).toBeLessThanOrEqual(1);
			expect(Math.abs(size.height - A4.height)).toBeLessThanOrEqual(1);
		}
		expect(facts.info['Title']).toEqual(expect.any(String));
		expect((facts.info['Title'] as string).length).toBeGreaterThan(5);
		expect(facts.info['Language']).toBe('en-GB');
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
		if (helpUrl) expect(facts.links.flat()).toContain(helpUrl);
		else expect(facts.text).toContain(serviceById('childline').phone!);
	});

	test(`${pdf}: every QR code, read by a scanner, leads to the public help page`, () => {
		test.setTimeout(120_000);
		const codes = qrCodesInPdf(join(distDir, fileOfRoute(pdf)));
		if (helpUrl) {
			expect(codes.length).toBeGreaterThan(0);
			for (const code of codes) expect(code).toBe(helpUrl);
		} else {
			// No public address: no code at all, rather than one that leads to localhost.
			expect(codes).toEqual([]);
		}
	});
}

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
		'Designated Safeguarding Lead',
		'Get help now',
	]) {
		expect(facts.text, line).toContain(line);
	}
	// The QR code and the printed address both lead to the help page; without one, the phone routes.
	if (helpUrl) expect(facts.links[1]).toContain(helpUrl);
	else expect(flat).toContain('Get help now Call Childline free on 0800 1111');
	// The school's own contacts, or what to do without them: never empty lines.
	if (profile) expect(flat).toContain(profile.safeguardingLead.name);
	else expect(flat).toContain(noProfileAdvice);
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
	else expect(flat).toContain(noProfileAdvice);
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
		'Step 3: tell the DSL at once',
		'Step 4: record',
		'Step 5: the DSL',
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
		else expect(flat).toContain(noProfileAdvice);
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

test("the talks are listed for teachers, and the parents' session for parents, with their packs linked", async ({
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
	expect(talkIds.map(talk)).toContain(new URL(page.url()).pathname.replace(base, '/'));
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

for (const pdf of [leafletPdf(), posterPdf(), firstHourPdf()]) {
	test(`page 1 of ${pdf} renders to a picture with ink on it`, async ({ page }) => {
		const ink = await inkOnPageOne(page, pdf);
		expect(ink).toBeGreaterThan(0.02);
		expect(ink).toBeLessThan(0.6);
	});
}

test('the leaflet page previews the leaflet and links to the PDF, the poster and the customise page', async ({
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
	] as const) {
		const link = page.getByRole('link', { name });
		await expect(link).toHaveAttribute('href', withBase(base, file));
		const response = await request.get(at(file));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/pdf');
	}
	await page.getByRole('link', { name: "Add your school's details" }).click();
	await expect(page.locator('h1')).toHaveText("Add your school's details to the leaflet");
});

test('each lesson page links to its lesson pack PDF', async ({ page, request }) => {
	for (const id of lessonIds) {
		await page.goto(at(lesson(id)));
		const link = page.getByRole('link', { name: 'Download lesson pack (PDF)' });
		await expect(link).toHaveAttribute('href', withBase(base, lessonPackPdf(id)));
		const response = await request.get(at(lessonPackPdf(id)));
		expect(response.status()).toBe(200);
	}
});

test.describe('customising the leaflet', () => {
	const details = {
		schoolName: 'Riverside Academy',
		dslName: 'Ms A. Khan',
		dslContact: 'Room 12, by the library',
		policeForce: 'Cleveland Police',
	};

	async function typeDetails(page: Page) {
		await page.getByLabel('School name').fill(details.schoolName);
		await page.getByLabel('Designated Safeguarding Lead (name)').fill(details.dslName);
		await page.getByLabel('Where to find them').fill(details.dslContact);
		await page.getByLabel('Local police force (optional)').fill(details.policeForce);
	}

	test('the preview updates as you type', async ({ page }) => {
		await page.goto(at(leafletCustomise()));
		const preview = page.locator('.sheet-preview');
		await expect(preview.locator('[data-school="schoolName"]')).toBeEmpty();
		await expect(preview.locator('.force-fallback')).toBeVisible();
		await page.getByLabel('School name').pressSequentially('Riverside');
		await expect(preview.locator('[data-school="schoolName"]')).toHaveText('Riverside');
		await typeDetails(page);
		for (const [key, value] of Object.entries(details)) {
			await expect(preview.locator(`[data-school="${key}"]`)).toHaveText(value);
		}
		await expect(preview.locator('.force-fallback')).toBeHidden();
		await expect(preview.locator('.school-police')).toHaveText(
			/^Cleveland Police: call 101, or 999 in an emergency\.$/,
			{ useInnerText: true }
		);
		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(preview.locator('[data-school="schoolName"]')).toBeEmpty();
	});

	test('printing shows only the leaflet, with the typed details, on two A4 pages', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed += 1;
			};
		});
		await page.goto(at(leafletCustomise()));
		await typeDetails(page);
		await page.getByRole('button', { name: 'Print or save as PDF' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#school-form')).toBeHidden();
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.locator('.sheet-doc')).toBeVisible();
		for (const value of Object.values(details))
			await expect(page.locator('.sheet-doc')).toContainText(value);

		const facts = await readPdfBytes(
			await page.pdf({ preferCSSPageSize: true, printBackground: true })
		);
		expect(facts.pages).toBe(2);
		for (const size of facts.sizes)
			expect(Math.abs(size.height - A4.height)).toBeLessThanOrEqual(1);
		for (const value of Object.values(details)) expect(facts.text).toContain(value);
		expect(facts.text).toContain('Do not pay.');
		expect(facts.text).not.toContain('Add your school');
	});

	test('the longest details the form takes still fit on two pages', async ({ page }) => {
		await page.goto(at(leafletCustomise()));
		for (const input of await page.locator('#school-form input[type="text"]').all()) {
			const max = Number(await input.getAttribute('maxlength'));
			expect(max).toBeGreaterThan(0);
			await input.fill('Wide words '.repeat(20).slice(0, max + 10));
			expect((await input.inputValue()).length).toBe(max);
		}
		const facts = await readPdfBytes(
			await page.pdf({ preferCSSPageSize: true, printBackground: true })
		);
		expect(facts.pages).toBe(2);
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
		await typeDetails(page);
		await page.getByLabel('School name').press('Enter');
		await page.waitForTimeout(300);
		expect(page.url()).toBe(before);
		expect(requests).toEqual([]);
		expect(
			await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])
		).toEqual([0, 0, '']);
		expect(await context.cookies()).toEqual([]);
	});
});

test.describe('the customise page, printed from the browser', () => {
	/** Prints the page as the browser would and reads every QR code in it with ZBar. */
	async function printedCodes(page: Page): Promise<{ codes: string[]; text: string }> {
		const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const dir = mkdtempSync(join(tmpdir(), 'kit-print-'));
		try {
			const file = join(dir, 'leaflet.pdf');
			writeFileSync(file, bytes);
			const facts = await readPdfBytes(bytes);
			expect(localAddressesIn(facts)).toEqual([]);
			return { codes: qrCodesInPdf(file), text: facts.text.replace(/\s+/g, ' ') };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	test("served from a public address, its QR code leads to that site's help page", async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		// The kit as a school would serve it: the same build, at a public address (the base path kept).
		const publicOrigin = 'https://kit.example.org';
		await page.route(`${publicOrigin}/**`, async (route) => {
			const url = new URL(route.request().url());
			const local = new URL(`${url.pathname}${url.search}`, new URL(baseURL!).origin);
			await route.fulfill({ response: await route.fetch({ url: local.href }) });
		});
		await page.goto(new URL(withBase(base, leafletCustomise()), publicOrigin).href);
		const expected = new URL(withBase(base, help()), publicOrigin).href;
		await expect(page.locator('.sheet-preview .qr')).toHaveAttribute('data-qr-target', expected);
		const { codes, text } = await printedCodes(page);
		expect(codes).toEqual([expected]);
		expect(text).toContain('kit.example.org');
	});

	test('served from a local address, it prints the phone routes and no QR code', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.goto(at(leafletCustomise()));
		await expect(page.locator('.sheet-preview .qr')).not.toHaveAttribute('data-qr-target', /./);
		const { codes, text } = await printedCodes(page);
		expect(codes).toEqual([]);
		expect(text).toContain('Get help now Call Childline free on 0800 1111');
	});

	test('keeps the details on this computer only when asked, and forgets them with one button', async ({
		page,
	}) => {
		const key = 'tgtbt-school-details';
		const stored = () => page.evaluate(() => ({ ...localStorage }));
		await page.goto(at(leafletCustomise()));
		const keepBox = page.getByLabel('Keep these details on this computer');
		await expect(keepBox).not.toBeChecked();
		await page.getByLabel('School name').fill('Riverside Academy');
		expect(await stored()).toEqual({});
		await expect(page.getByRole('button', { name: 'Forget these details' })).toBeHidden();

		await keepBox.check();
		await page.getByLabel('Designated Safeguarding Lead (name)').fill('Ms A. Khan');
		expect(await stored()).toEqual({
			[key]: JSON.stringify({
				schoolName: 'Riverside Academy',
				dslName: 'Ms A. Khan',
				dslContact: '',
				policeForce: '',
			}),
		});
		expect(await page.evaluate(() => [sessionStorage.length, document.cookie])).toEqual([0, '']);

		await page.reload();
		await expect(page.getByLabel('School name')).toHaveValue('Riverside Academy');
		await expect(keepBox).toBeChecked();
		await expect(page.locator('.sheet-preview [data-school="dslName"]')).toHaveText('Ms A. Khan');

		await page.getByRole('button', { name: 'Forget these details' }).click();
		expect(await stored()).toEqual({});
		await expect(page.getByLabel('School name')).toHaveValue('');
		await expect(keepBox).not.toBeChecked();
		await page.reload();
		await expect(page.getByLabel('School name')).toHaveValue('');
		expect(await stored()).toEqual({});
	});
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
