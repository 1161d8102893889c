/**
 * Mends two faults in what PptxGenJS 4.0.1 writes, each a break of the Office Open XML schema that
 * makes PowerPoint ask to "repair" the file (LibreOffice and Keynote do not mind):
 * - a paragraph with more than one text run gets a paragraph-properties element before every run,
 *   where only one, first, is allowed (gitbrent/PptxGenJS#1083): the first is kept, at the start;
 * - `[Content_Types].xml` names a slide master per slide although only one is written
 *   (gitbrent/PptxGenJS#1444): overrides for parts that are not in the file are dropped.
 * Nothing is added: the library writes the document, this only removes what the schema forbids.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const paragraphProperties = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

/** One paragraph-properties element per paragraph, first. */
export function tidyParagraphs(xml: string): string {
	return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, inner: string) => {
		const found = inner.match(paragraphProperties);
		if (!found || (found.length === 1 && inner.startsWith(found[0]))) return `<a:p>${inner}</a:p>`;
		return `<a:p>${found[0]}${inner.replace(paragraphProperties, '')}</a:p>`;
	});
}

/** Content-type overrides only for parts the package has. */
export function tidyContentTypes(xml: string, parts: ReadonlySet<string>): string {
	return xml.replace(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) =>
		parts.has(part) ? whole : ''
	);
}

/**
 * The package with both faults mended, recompressed. `rewrite` changes named parts on the way
 * (the export gives the theme the kit's colours this way, which PptxGenJS cannot set), and
 * `slideParts` every slide, layout, master and notes page (the export gives a Welsh deck's text its
 * language this way, where PptxGenJS writes its own default).
 */
export function tidyPptx(
	bytes: Uint8Array,
	rewrite: Readonly<Record<string, (xml: string) => string>> = {},
	slideParts: (xml: string) => string = (xml) => xml
): Uint8Array {
	const files = unzipSync(bytes);
	const parts = new Set(Object.keys(files));
	const out: Zippable = {};
	for (const [name, data] of Object.entries(files)) {
		if (name.endsWith('/')) continue;
		let content = data;
		const change = rewrite[name];
		if (change) content = strToU8(change(strFromU8(data)));
		else if (name === '[Content_Types].xml')
			content = strToU8(tidyContentTypes(strFromU8(data), parts));
		else if (
			/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name)
		)
			content = strToU8(tidyParagraphs(slideParts(strFromU8(data))));
		out[name] = [content, { level: /\.(png|jpe?g|gif)$/i.test(name) ? 0 : 6 }];
	}
	return zipSync(out, { mtime: new Date('2026-01-01T00:00:00Z') });
}
