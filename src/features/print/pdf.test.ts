import { describe, expect, it } from 'vitest';
import { assertPdfSize, maxPdfBytes } from './pdf';

describe('the PDF size budget', () => {
	it('refuses a PDF over maxPdfBytes, naming the file and the limit', () => {
		expect(() => assertPdfSize('leaflet/too-good-to-be-true-leaflet.pdf', maxPdfBytes + 1)).toThrow(
			'leaflet/too-good-to-be-true-leaflet.pdf is 1.0 MB (1,000,001 bytes); the limit is 1.0 MB (1,000,000 bytes).'
		);
		expect(() =>
			assertPdfSize('leaflet/too-good-to-be-true-leaflet.pdf', maxPdfBytes)
		).not.toThrow();
	});
});
