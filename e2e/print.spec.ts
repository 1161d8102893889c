/**
 * The printed kit: the leaflet, poster and lesson pack PDFs the build makes, read back with pdf.js
 * (unpdf), and the customise page that prints a school's own copy from the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { leafletPdf, lessonPackPdf, posterPdf } from '../src/lib/pdf-files';
import { builtPdfs, readPdf, readPdfBytes } from './support/pdf';
import { at, builtRoutes, distDir, serviceById } from './support/site';

/** The public help page the QR codes point to: SITE_URL and BASE_PATH as in astro.config.mjs. */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const helpUrl = new URL(`${base}help/`, process.env.SITE_URL ?? 'http://localhost:4321').href;

const lessonIds = builtRoutes().flatMap((route) => /^\/lessons\/([^/]+)\/$/.exec(route)?.[1] ?? []);
const pdfs = builtPdfs();
const A4 = { width: 595.28, height: 841.89 };
const MB = 1_000_000;

/** Services whose cards a built page shows, from its `data-service` attributes. */
function servicesOn(route: string) {
	const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
	return [...new Set([...html.matchAll(/data-service="([^"]+)"/g)].map((m) => m[1]!))].map(
		serviceById
	);
}

test('the build printed the leaflet, the poster and a pack for every lesson, and nothing else', () => {
	expect(lessonIds.length).toBeGreaterThan(0);
	expect(pdfs).toEqual([leafletPdf, posterPdf, ...lessonIds.map(lessonPackPdf)].sort());
});

for (const pdf of pdfs) {
	test(`${pdf}: A4, tagged, titled in British English, under 1 MB, links to the public site`, async () => {
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
		// No link may point at the throwaway server the build printed from.
		for (const link of facts.links.flat()) expect(link).not.toMatch(/^https?:\/\/127\.0\.0\.1:/);
		expect(facts.links.flat()).toContain(helpUrl);
	});
}

test('the leaflet: two pages, the help numbers from the data, the key advice, working links', async () => {
	const facts = await readPdf(leafletPdf);
	expect(facts.pages).toBe(2);
	expect(facts.outline[0]).toBe('Too good to be true?');
	const shown = servicesOn('leaflet/print');
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
	for (const service of shown) {
		if (service.phone) {
			expect(facts.text, service.id).toContain(service.phone);
			expect(links, service.id).toContain(`tel:${service.phone.replaceAll(' ', '')}`);
		}
		if (service.url) expect(links, service.id).toContain(service.url);
	}
	for (const line of [
		'Do not pay.',
		'Stop contact.',
		'Do not negotiate.',
		'Keep the evidence.',
		'Tell someone.',
		'Report it and get it taken down.',
		'It is not your fault. You are not alone.',
		'If something looks too good to be true, it probably is.',
		'Friend requests',
		'Warning signs',
		'Designated Safeguarding Lead',
		'Get help now',
	]) {
		expect(facts.text, line).toContain(line);
	}
	// The QR code and the printed address both lead to the help page.
	expect(facts.links[1]).toContain(helpUrl);
});

test('the poster: one page with Childline, 999 and the help page', async () => {
	const facts = await readPdf(posterPdf);
	expect(facts.pages).toBe(1);
	for (const id of ['childline', 'police-emergency'])
		expect(facts.text).toContain(serviceById(id).phone!);
	expect(facts.text).toContain('It is not your fault. You are not alone.');
	expect(facts.text).toContain('Do not pay.');
	expect(facts.links[0]).toContain(helpUrl);
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
	});
}

/** Renders page 1 of a PDF with pdf.js inside Chromium and returns the share of dark pixels. */
async function inkOnPageOne(page: Page, pdf: string): Promise<number> {
	const pdfjs = readFileSync(new URL('../node_modules/unpdf/dist/pdfjs.mjs', import.meta.url));
	const bytes = readFileSync(join(distDir, pdf));
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
		// Not a literal: the type check would look for /pdf.mjs on this machine's disk. The page
		// gets it from the route above.
		const pdfModule: string = '/pdf.mjs';
		const pdfjs = await import(pdfModule);
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

for (const pdf of [leafletPdf, posterPdf]) {
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
	await page.goto(at('/leaflet/'));
	await expect(page.locator('h1')).toHaveText('Printable leaflet');
	await expect(page.locator('.sheet-preview [data-sheet="leaflet"]')).toBeVisible();
	await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
	await expect(page.locator('main p[hidden]').filter({ hasText: 'handout' })).toContainText(
		'leaflet'
	);
	for (const [name, file] of [
		['Download the leaflet (PDF, A4, 2 pages)', leafletPdf],
		['Download the A4 poster (PDF)', posterPdf],
	] as const) {
		const link = page.getByRole('link', { name });
		await expect(link).toHaveAttribute('href', `${base}${file}`);
		const response = await request.get(at(`/${file}`));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/pdf');
	}
	await page.getByRole('link', { name: "Add your school's details" }).click();
	await expect(page.locator('h1')).toHaveText("Add your school's details to the leaflet");
});

test('each lesson page links to its lesson pack PDF', async ({ page, request }) => {
	for (const id of lessonIds) {
		await page.goto(at(`/lessons/${id}/`));
		const link = page.getByRole('link', { name: 'Download lesson pack (PDF)' });
		await expect(link).toHaveAttribute('href', `${base}${lessonPackPdf(id)}`);
		const response = await request.get(at(`/${lessonPackPdf(id)}`));
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
		await page.getByLabel('How to reach them').fill(details.dslContact);
		await page.getByLabel('Local police force (optional)').fill(details.policeForce);
	}

	test('the preview updates as you type', async ({ page }) => {
		await page.goto(at('/leaflet/customise/'));
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
		await page.goto(at('/leaflet/customise/'));
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
		await page.goto(at('/leaflet/customise/'));
		for (const input of await page.locator('#school-form input').all()) {
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
		await page.goto(at('/leaflet/customise/'));
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

test('printing an ordinary page drops the site chrome and the screen margins around the content', async ({
	page,
}) => {
	await page.goto(at('/advice/'));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site-header')).toBeHidden();
	await expect(page.locator('footer.site-footer')).toBeHidden();
	const main = await page.locator('main').evaluate((el) => {
		const style = getComputedStyle(el);
		return { padding: style.paddingLeft, maxWidth: style.maxWidth };
	});
	expect(main).toEqual({ padding: '0px', maxWidth: 'none' });
});
