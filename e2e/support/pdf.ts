/**
 * Reading the built PDFs for the print tests, with unpdf (a build of Mozilla's pdf.js): pages, sizes,
 * text, metadata, tags, outline and link targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { listFiles } from '../../tools/list-files';
import { fileOfRoute, routeOfFile } from '../../src/site/paths';
import { distDir } from './site';

/** Every PDF in dist/, as routes ("/leaflet/too-good-to-be-true-leaflet.pdf"). */
export function builtPdfs(): string[] {
	return listFiles(distDir, '**/*.pdf').map(routeOfFile);
}

export interface PdfFacts {
	bytes: number;
	pages: number;
	/** Width and height of each page, in points. */
	sizes: { width: number; height: number }[];
	/** All text, pages joined, with runs of white space made single spaces. */
	text: string;
	info: Record<string, unknown>;
	marked: boolean;
	/** Whether each page has a structure tree (tagged content). */
	structured: boolean[];
	outline: string[];
	/** Link targets, per page. */
	links: string[][];
}

/** Each PDF in the build read once per worker: the build does not change while the tests run. */
const read = new Map<string, Promise<PdfFacts>>();

/** Facts about a PDF in dist/, by its route. */
export function readPdf(route: string): Promise<PdfFacts> {
	const file = join(distDir, fileOfRoute(route));
	if (!read.has(file)) read.set(file, readPdfBytes(readFileSync(file)));
	return read.get(file)!;
}

/** Facts about a PDF held in memory (for example one printed during a test). */
export async function readPdfBytes(bytes: Uint8Array): Promise<PdfFacts> {
	const size = bytes.length;
	const doc = await getDocumentProxy(new Uint8Array(bytes));
	const sizes: PdfFacts['sizes'] = [];
	const structured: boolean[] = [];
	const links: string[][] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const { width, height } = page.getViewport({ scale: 1 });
		sizes.push({ width, height });
		const tree = (await page.getStructTree()) as { children?: unknown[] } | null;
		structured.push(!!tree && (tree.children?.length ?? 0) > 0);
		const annotations = (await page.getAnnotations()) as {
			subtype: string;
			url?: string;
			unsafeUrl?: string;
		}[];
		links.push(
			annotations.filter((a) => a.subtype === 'Link').map((a) => a.url ?? a.unsafeUrl ?? '')
		);
	}
	const { text } = await extractText(doc, { mergePages: true });
	const info = (await doc.getMetadata()).info as Record<string, unknown>;
	const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
	const outline = ((await doc.getOutline()) ?? []) as { title: string; items: unknown[] }[];
	const titles = (items: { title: string; items: unknown[] }[]): string[] =>
		items.flatMap((item) => [
			item.title,
			...titles(item.items as { title: string; items: unknown[] }[]),
		]);
	const facts: PdfFacts = {
		bytes: size,
		pages: doc.numPages,
		sizes,
		text: text.replace(/\s+/g, ' '),
		info,
		marked: markInfo?.Marked === true,
		structured,
		outline: titles(outline),
		links,
	};
	await doc.destroy();
	return facts;
}
