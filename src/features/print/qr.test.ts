import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from './qr';

const url = 'https://kit.example.org/help/';

/** Reads the SVG path back into a set of "x,y" dark modules. */
function darkModules(svg: string): Set<string> {
	const d = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
	const dark = new Set<string>();
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i += 1) dark.add(`${Number(x) + i},${y}`);
	}
	return dark;
}

describe('qrSvg', () => {
	it('draws exactly the modules of the QR code, inside a 4-module quiet zone', () => {
		const svg = qrSvg(url, { label: 'Help' });
		const matrix = qrMatrix(url);
		const size = matrix.length + 8;
		expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
		const expected = new Set<string>();
		matrix.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x + 4},${y + 4}`)));
		expect(darkModules(svg)).toEqual(expected);
	});

	it('matches the qrcode package for the same text and error correction', () => {
		const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
		expect(qrMatrix(url).length).toBe(modules.size);
		expect(qrMatrix(url)[0]?.slice(0, 7)).toEqual([true, true, true, true, true, true, true]); // finder pattern
	});

	it('is a labelled image, with the label escaped', () => {
		const svg = qrSvg(url, { label: 'Help & "support" <here>' });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('aria-label="Help &amp; &quot;support&quot; &lt;here&gt;"');
		expect(svg).toContain('<title>Help &amp; &quot;support&quot; &lt;here&gt;</title>');
		expect(svg).not.toMatch(/<script|<image|href=/);
	});

	it('is deterministic and grows with the text', () => {
		expect(qrSvg(url, { label: 'x' })).toBe(qrSvg(url, { label: 'x' }));
		expect(qrMatrix(`${url}${'a'.repeat(100)}`).length).toBeGreaterThan(qrMatrix(url).length);
	});

	it('honours a custom margin', () => {
		const svg = qrSvg(url, { label: 'x', margin: 0 });
		expect(svg).toContain(`viewBox="0 0 ${qrMatrix(url).length} ${qrMatrix(url).length}"`);
		expect(darkModules(svg).has('0,0')).toBe(true);
	});
});
