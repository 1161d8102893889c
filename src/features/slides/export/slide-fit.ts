/**
 * How much room text needs on a PowerPoint slide, estimated without a font renderer: each
 * character's width in Verdana (the export's font; advance widths per 1,000 units of the em),
 * greedy word wrapping, and a line height a little above Verdana's own (1.215 em). Every estimate
 * errs on the large side (bold is taken wider than Verdana Bold, unknown characters a full em), so
 * text that fits here fits in PowerPoint, Keynote, Google Slides and LibreOffice (which shows
 * Verdana's look-alike, DejaVu Sans, where Verdana is not installed).
 */

/** Verdana's advance widths (regular), per 1,000 units of the em, for the characters slides use. */
const widths: Record<string, number> = {
	' ': 352,
	'!': 394,
	'"': 459,
	'#': 818,
	$: 636,
	'%': 1076,
	'&': 727,
	"'": 269,
	'(': 454,
	')': 454,
	'*': 636,
	'+': 818,
	',': 364,
	'-': 454,
	'.': 364,
	'/': 454,
	':': 454,
	';': 454,
	'<': 818,
	'=': 818,
	'>': 818,
	'?': 545,
	'@': 1000,
	'[': 454,
	'\\': 454,
	']': 454,
	'^': 818,
	_: 636,
	'`': 636,
	'{': 635,
	'|': 454,
	'}': 635,
	'~': 818,
	A: 684,
	B: 686,
	C: 698,
	D: 771,
	E: 632,
	F: 575,
	G: 775,
	H: 751,
	I: 421,
	J: 455,
	K: 693,
	L: 557,
	M: 843,
	N: 748,
	O: 787,
	P: 603,
	Q: 787,
	R: 695,
	S: 684,
	T: 616,
	U: 732,
	V: 684,
	W: 989,
	X: 685,
	Y: 615,
	Z: 685,
	a: 601,
	b: 623,
	c: 521,
	d: 623,
	e: 596,
	f: 352,
	g: 623,
	h: 633,
	i: 274,
	j: 344,
	k: 592,
	l: 274,
	m: 973,
	n: 633,
	o: 607,
	p: 623,
	q: 623,
	r: 427,
	s: 521,
	t: 394,
	u: 633,
	v: 592,
	w: 818,
	x: 592,
	y: 592,
	z: 525,
	'‘': 269,
	'’': 269,
	'“': 459,
	'”': 459,
	'–': 636,
	'—': 1000,
	'…': 1000,
	'•': 545,
	'£': 636,
	é: 596,
	è: 596,
	á: 601,
	ö: 607,
	ü: 633,
};
for (const digit of '0123456789') widths[digit] = 636;

/** Unknown characters count as a full em. */
const unknownWidth = 1000;
/** Verdana Bold is about 12% wider than regular; 15% is taken. */
const boldFactor = 1.15;
/** A further margin on every width, for kerning and renderers that round up. */
const safety = 1.05;
/** Line height as a multiple of the font size: Verdana's ascent and descent give 1.215. */
export const lineHeight = 1.25;

/** A stretch of text with one weight, as measured. */
export interface MeasureRun {
	text: string;
	bold?: boolean | undefined;
	/** A forced line break before the next run's text. */
	lineBreak?: boolean | undefined;
}

/** Width of a string in points at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let units = 0;
	for (const char of text) units += widths[char] ?? unknownWidth;
	return (units / 1000) * fontSize * (bold ? boldFactor : 1) * safety;
}

/**
 * Number of lines the runs take in a box `width` points wide, wrapping at spaces as PowerPoint does
 * (a word longer than the line is broken wherever it must be). Zero for no text.
 */
export function lineCount(runs: readonly MeasureRun[], fontSize: number, width: number): number {
	if (width <= 0) throw new Error('lineCount: the width must be positive');
	// Words keep their weight per character: "really **good**!" measures each part in its own weight.
	type Piece = { text: string; bold: boolean };
	const lines: Piece[][][] = [[[]]];
	for (const run of runs) {
		if (run.lineBreak) {
			lines.push([[]]);
			continue;
		}
		const parts = run.text.split(/( )/);
		for (const part of parts) {
			if (part === '') continue;
			const words = lines.at(-1)!;
			if (part === ' ') words.push([]);
			else words.at(-1)!.push({ text: part, bold: !!run.bold });
		}
	}
	const space = textWidth(' ', fontSize);
	let count = 0;
	for (const words of lines) {
		const wordWidths = words
			.filter((w) => w.length > 0)
			.map((w) => w.reduce((sum, p) => sum + textWidth(p.text, fontSize, p.bold), 0));
		if (wordWidths.length === 0) {
			count += 1;
			continue;
		}
		let used = 0;
		let lineCountHere = 1;
		for (const w of wordWidths) {
			if (used === 0) {
				// A word wider than the line is broken over as many lines as it needs.
				lineCountHere += Math.ceil(w / width) - 1;
				used = w % width || width;
			} else if (used + space + w <= width) used += space + w;
			else {
				lineCountHere += Math.ceil(w / width);
				used = w % width || width;
			}
		}
		count += lineCountHere;
	}
	const empty = runs.every((r) => !r.lineBreak && r.text.trim() === '');
	return empty ? 0 : count;
}

/** Height in points of runs set at a font size in a box of a width, one paragraph. */
export function paragraphHeight(
	runs: readonly MeasureRun[],
	fontSize: number,
	width: number
): number {
	return lineCount(runs, fontSize, width) * fontSize * lineHeight;
}
