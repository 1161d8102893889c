/**
 * No heading left alone at the foot of a printed page. The PDF step (src/features/print/pdf.ts) reads
 * the page's headings before printing (`pageHeadings`, in the browser) and the printed PDF's text
 * lines afterwards (`pdfPageLines`, with pdf.js through unpdf); `headingsAtFoot` names every page but
 * the last whose words end with a heading: the reader turns over to find what it heads.
 */
import { createRequire } from 'node:module';

/**
 * Runs in the page: the text of every visible heading, white space made single. A heading whose next
 * element has no words (lines to write on, a picture) is left out: the PDF's text cannot show whether
 * that went with it. Self-contained.
 */
export function pageHeadings(): string[] {
	return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
		.filter((h) => h.checkVisibility({ visibilityProperty: true }))
		.filter((h) => !h.nextElementSibling || (h.nextElementSibling.textContent ?? '').trim() !== '')
		.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

const flat = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Every page (but the last) whose content ends with one of `headings`, as sentences starting with
 * `label`. `pages` holds each page's lines of text, top to bottom, without the running footer. A
 * heading may wrap over up to three lines; it must start a line of its own to count.
 */
export function headingsAtFoot(label: string, pages: string[][], headings: string[]): string[] {
	const wanted = new Set(headings.map(flat).filter(Boolean));
	const problems: string[] = [];
	pages.forEach((lines, i) => {
		if (i === pages.length - 1) return;
		for (let k = 1; k <= Math.min(3, lines.length); k += 1) {
			const last = lines.slice(-k).join(' ');
			if (!wanted.has(flat(last))) continue;
			problems.push(
				`${label}: the heading "${last.replace(/\s+/g, ' ').trim()}" is the last thing on page ${i + 1} of ${pages.length}; what it heads starts on the next page`
			);
			break;
		}
	});
	return problems;
}

interface TextItem {
	str: string;
	transform: number[];
	height: number;
}

/**
 * The lines of text on each page of a PDF, top to bottom, leaving out the bottom `footerPt` points
 * (the page's margin boxes: "Page 3 of 12").
 */
export async function pdfPageLines(pdf: Uint8Array, footerPt: number): Promise<string[][]> {
	// Node's require, as for Playwright and pdf-lib in pdf.ts: Vite's module runner is closed by then.
	const { getDocumentProxy } = createRequire(import.meta.url)('unpdf') as typeof import('unpdf');
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	const pages: string[][] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const items = (await page.getTextContent()).items.filter(
			(item): item is TextItem & typeof item => 'str' in item && item.str.trim() !== ''
		) as TextItem[];
		// Items on one line share a baseline, within a point.
		const lines: { y: number; parts: { x: number; str: string }[] }[] = [];
		for (const item of items) {
			const [, , , , x = 0, y = 0] = item.transform;
			if (y < footerPt) continue;
			const line = lines.find((l) => Math.abs(l.y - y) <= 1);
			if (line) line.parts.push({ x, str: item.str });
			else lines.push({ y, parts: [{ x, str: item.str }] });
		}
		pages.push(
			lines
				.sort((a, b) => b.y - a.y)
				.map((l) =>
					l.parts
						.sort((a, b) => a.x - b.x)
						.map((p) => p.str)
						.join(' ')
				)
		);
	}
	await doc.destroy();
	return pages;
}
