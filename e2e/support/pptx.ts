/**
 * Reading a PowerPoint file the way the tests need it: opened as the ZIP it is (fflate), each slide's
 * title placeholder, the rest of its words, its notes and its links. A light reader of the XML,
 * independent of the library that wrote it.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface PptxSlide {
	/** Words of the title placeholder. */
	title: string;
	/** Every other word on the slide (the slide number aside), paragraphs and line breaks as spaces. */
	body: string;
	/** Words of the notes pane, or '' when the slide has none. */
	notes: string;
	/** Hyperlink targets on the slide. */
	links: string[];
	/** Font sizes used on the slide (the slide number's aside), in points. */
	sizes: number[];
	/** The slide number in the footer, as the slide shows it, or '' without one. */
	number: string;
	xml: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
	text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
		if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
		return entities[code] ?? whole;
	});

/** The words of some DrawingML: runs joined, paragraphs and breaks as spaces, white space squashed. */
export function words(xml: string): string {
	return decode(
		xml
			.replace(/<a:br\/>|<\/a:p>/g, ' ')
			.replace(/<a:t>([^<]*)<\/a:t>|<[^>]+>/g, (_whole, text: string | undefined) => text ?? '')
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/** Opens a .pptx file and reads every slide in presentation order. */
export function readPptx(path: string): {
	slides: PptxSlide[];
	files: Record<string, string>;
	bytes: number;
} {
	const raw = readFileSync(path);
	const files = Object.fromEntries(
		Object.entries(unzipSync(new Uint8Array(raw)))
			.filter(([name]) => /\.(xml|rels)$/.test(name))
			.map(([name, data]) => [name, strFromU8(data)])
	);
	const rels = (part: string) => files[part.replace(/([^/]+)$/, '_rels/$1.rels')] ?? '';
	const target = (relsXml: string, id: string) =>
		new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relsXml)?.[1] ??
		new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(relsXml)?.[1];
	// Presentation order comes from presentation.xml's slide list, not from file names.
	const presentationRels = rels('ppt/presentation.xml');
	const order = [...files['ppt/presentation.xml']!.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map(
		(m) => `ppt/${target(presentationRels, m[1]!)}`
	);
	const slides = order.map((part) => {
		const xml = files[part]!;
		const shapes = xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
		const isTitle = (shape: string) => /<p:ph\b[^>]*type="title"/.test(shape);
		const isNumber = (shape: string) => /<p:ph\b[^>]*type="sldNum"/.test(shape);
		const slideRels = rels(part);
		const notesPart = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(slideRels)?.[1];
		const notesXml = notesPart ? (files[`ppt/notesSlides/${notesPart}`] ?? '') : '';
		// The notes pane is the notes slide's body placeholder (the others hold the slide image and number).
		const notesBody =
			(notesXml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []).find((s) => /<p:ph type="body"/.test(s)) ??
			'';
		const links = [...xml.matchAll(/<a:hlinkClick r:id="([^"]+)"/g)].map(
			(m) => target(slideRels, m[1]!) ?? ''
		);
		return {
			title: words(shapes.filter(isTitle).join('')),
			body: words(shapes.filter((s) => !isTitle(s) && !isNumber(s)).join(' ')),
			number: words(shapes.filter(isNumber).join(' ')),
			notes: words(notesBody),
			links,
			sizes: [
				...shapes
					.filter((shape) => !isNumber(shape))
					.join('')
					.matchAll(/ sz="(\d+)"/g),
			].map((m) => Number(m[1]) / 100),
			xml,
		};
	});
	return { slides, files, bytes: raw.length };
}
