/**
 * "On this page": the sections of a rendered page, read from its HTML at build time, so a long
 * lesson or talk page gets jump links without any script. Only headings that carry an id can be
 * jumped to, so only those are listed.
 */

/** One entry of a page's contents list: the heading's id and its text. */
export interface ContentsEntry {
	id: string;
	text: string;
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** The text of a piece of HTML: tags dropped, character references read, spaces collapsed. */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
			if (ref[0] === '#')
				return String.fromCodePoint(
					ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
				);
			return entities[ref.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.replace(/\s+([),.:;])/g, '$1')
		.trim();
}

/** The `<h2 id>` headings of rendered HTML, in page order. */
export function pageContents(html: string): ContentsEntry[] {
	const entries: ContentsEntry[] = [];
	for (const match of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi)) {
		const id = /\bid\s*=\s*"([^"]+)"/i.exec(match[1] ?? '')?.[1];
		const text = htmlText(match[2] ?? '');
		if (id && text) entries.push({ id, text });
	}
	return entries;
}
