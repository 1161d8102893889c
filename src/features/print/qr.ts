/**
 * QR codes as vector SVG, made at build time, so printed copies stay sharp at any size and the page
 * needs no script or image file. Pure: the same text always gives the same SVG.
 */
import QRCode from 'qrcode';
import { escapeHtml } from '../../lib/html';

export interface QrSvgOptions {
	/** What the code is for, read out by screen readers and used as the SVG's title. */
	label: string;
	/** Quiet zone around the code, in modules. The QR standard asks for 4. */
	margin?: number;
	/** Error correction: M (15%) copes with creases and smudges on paper without making the code dense. */
	errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/** The dark modules of a QR code for `text`, as rows of booleans (true = dark). */
export function qrMatrix(
	text: string,
	errorCorrectionLevel: QrSvgOptions['errorCorrectionLevel'] = 'M'
): boolean[][] {
	const { modules } = QRCode.create(text, { errorCorrectionLevel });
	return Array.from({ length: modules.size }, (_, row) =>
		Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1)
	);
}

/**
 * An `<svg>` string drawing the QR code for `text`: one path of black runs on a white square, with
 * `role="img"` and a title. Size it with CSS; the viewBox is in modules.
 */
export function qrSvg(text: string, options: QrSvgOptions): string {
	const { label, margin = 4, errorCorrectionLevel = 'M' } = options;
	const matrix = qrMatrix(text, errorCorrectionLevel);
	const size = matrix.length + 2 * margin;
	let path = '';
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x += 1;
			path += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
		}
	});
	const title = escapeHtml(label);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${title}" shape-rendering="crispEdges">` +
		`<title>${title}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
	);
}
