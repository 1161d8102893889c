/**
 * The print check that stops the build (src/features/print/pdf.ts), on tiny sheets in Chromium: text
 * pushed above the page by a header of fixed height, cut off by a box that hides its overflow, wider
 * than the page, or past the pages a sheet promises (a picture too) is named; text hidden on
 * purpose is not; nor may a printed page end with a heading.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../tools/browser';
import { headingsAtFoot, pageHeadings, pdfPageLines } from './heading-foot';
import { printableArea, printProblems } from './print-bounds';

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
});

/** A sheet on an A4 page with 12 mm margins (186 × 273 mm printable), like the kit's sheets. */
async function sheet(body: string, css = '') {
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.setContent(`<!doctype html>
<html lang="en-GB"><head><style>
@page sheet { size: A4; margin: 12mm; }
@media print { body { margin: 0; } }
body { font: 11pt/1.3 sans-serif; }
article { page: sheet; }
.masthead { height: 20mm; display: flex; flex-direction: column; justify-content: flex-end; }
h1 { font-size: 36pt; line-height: 1.1; margin: 0; }
.masthead p { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
${css}
</style></head><body><article>${body}</article></body></html>`);
}

describe('printableArea', () => {
	it("reads the page's size less its margins from the named page's @page rule", async () => {
		await sheet(
			'<p>Hello</p>',
			'@page { size: A3; margin: 20mm; } @page wide { margin: 10mm 15mm; } article { page: wide; }'
		);
		await page.emulateMedia({ media: 'print' });
		const area = await page.evaluate(printableArea);
		const mm = 96 / 25.4;
		expect(area.pageName).toBe('wide');
		// Size A3 from the unnamed rule, the named rule's margins over it.
		expect(area.width).toBeCloseTo((297 - 30) * mm, 3);
		expect(area.height).toBeCloseTo((420 - 20) * mm, 3);
	});
});

describe('printProblems', () => {
	it('passes a sheet whose text all fits, including text hidden for screen readers', async () => {
		await sheet(`
			<header class="masthead"><p>Who can help</p><h1>Help is here.</h1></header>
			<p>Talk to an adult you trust.</p>
			<p class="visually-hidden">Opens in a new window</p>`);
		expect(await printProblems(page, 'fits', 1)).toEqual([]);
	});

	it('names text a fixed-height header pushes above the page, and the header', async () => {
		await sheet(`
			<header class="masthead"><p>Who can help</p><h1>You are not alone. Help is here.</h1></header>
			<p>Talk to an adult you trust.</p>`);
		const problems = await printProblems(page, 'signposting', 1);
		expect(problems).toEqual([
			expect.stringMatching(
				/^signposting: "Who can help" sits \d+ mm above the top of the page \(it spills out of header\.masthead\)$/
			),
			expect.stringMatching(/^signposting: "You are not alone\. Help is here\." sits \d+ mm above/),
		]);
	});

	it('names text that a box with hidden overflow cuts off, and the box', async () => {
		await sheet(
			`<div class="box"><p>The first line fits.</p><p>The second is cut off.</p></div>`,
			'.box { height: 7mm; overflow: hidden; } .box p { margin: 0; }'
		);
		expect(await printProblems(page, 'letter', 1)).toEqual([
			'letter: "The second is cut off." is cut off by div.box (overflow hidden)',
		]);
	});

	it('names text wider than the page, and text or a picture past the pages a sheet promises', async () => {
		await sheet(
			`<p class="wide">safeguardingleadwithaverylongaddress@aschoolwithalongname.example.org.uk</p>
			<div class="tall"></div><p>Yours sincerely,</p>
			<svg role="img" aria-label="QR code for kit.example.org/help" width="90" height="90"></svg>`,
			'.wide { font-size: 20pt; } .tall { height: 280mm; }'
		);
		expect(await printProblems(page, 'letter', 1)).toEqual([
			expect.stringMatching(
				/^letter: "safeguardinglead.*…" runs \d+ mm past the right edge of the page \(it spills out of p\.wide\)$/
			),
			'letter: "Yours sincerely," runs past the foot of page 1 of 1',
			'letter: the picture "QR code for kit.example.org/help" runs past the foot of page 1 of 1',
		]);
		// A sheet that promises no page count may run on.
		expect(await printProblems(page, 'pack')).toEqual([
			expect.stringMatching(/^pack: "safeguardinglead.*" runs \d+ mm past the right edge/),
		]);
	});
});

describe('headingsAtFoot, on a printed PDF', () => {
	/** Prints a two-page pack whose second heading is pushed to the foot of page 1. */
	async function printedPack(css: string) {
		await sheet(
			`<h2>What pupils will learn</h2><p>Three things about friend requests.</p>
			<div class="spacer"></div>
			<h2>Warning signs</h2>
			<p class="card">Someone you have never met asks to move to another app.</p>`,
			`@page sheet { @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); } }
			.spacer { height: 225mm; } .card { height: 30mm; break-inside: avoid; } ${css}`
		);
		await page.emulateMedia({ media: 'print' });
		const { marginBottom } = await page.evaluate(printableArea);
		const headings = await page.evaluate(pageHeadings);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		return headingsAtFoot('pack', await pdfPageLines(pdf, marginBottom * 0.75), headings);
	}

	it('names a heading left alone at the foot of a page, and passes it once it moves with its text', async () => {
		expect(await printedPack('h2 { break-after: auto; }')).toEqual([
			'pack: the heading "Warning signs" is the last thing on page 1 of 2; what it heads starts on the next page',
		]);
		expect(await printedPack('h2 { break-after: avoid; }')).toEqual([]);
	});
});
