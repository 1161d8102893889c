import { describe, expect, it } from 'vitest';
import { fileOfRoute } from '../../site/paths';
import { leafletPdf } from '../../site/routes';
import {
	formatBytes,
	isSafeOutput,
	parsePrintJob,
	printJobMeta,
	printMetaPrefix,
	type PrintJob,
} from './pdf-files';

const job: PrintJob = {
	output: fileOfRoute(leafletPdf()),
	title: 'Too good to be true?',
	subject: 'A leaflet',
	keywords: ['sextortion', 'leaflet'],
	author: 'Too Good To Be True',
	language: 'en-GB',
	pages: 2,
};

describe('PDF outputs', () => {
	it('only accepts relative .pdf paths inside dist', () => {
		expect(isSafeOutput(job.output)).toBe(true);
		for (const bad of [
			'/etc/x.pdf',
			'../x.pdf',
			'a/../../x.pdf',
			'a//x.pdf',
			'x.html',
			'a\\x.pdf',
			'./x.pdf',
		]) {
			expect(isSafeOutput(bad), bad).toBe(false);
		}
	});
});

describe('print job meta tags', () => {
	it('round-trips through meta tags', () => {
		const tags = printJobMeta(job);
		expect(tags.every((t) => t.name.startsWith(printMetaPrefix))).toBe(true);
		const meta = Object.fromEntries(
			tags.map((t) => [t.name.slice(printMetaPrefix.length), t.content])
		);
		expect(parsePrintJob(meta)).toEqual(job);
	});

	it('leaves the page count out when the layout promises none', () => {
		const { pages: _pages, ...rest } = job;
		const tags = printJobMeta(rest);
		expect(tags.map((t) => t.name)).not.toContain('kit-pdf:pages');
		const meta = Object.fromEntries(
			tags.map((t) => [t.name.slice(printMetaPrefix.length), t.content])
		);
		expect(parsePrintJob(meta).pages).toBeUndefined();
	});

	it('lists every problem, naming the page', () => {
		expect(() =>
			parsePrintJob({ output: '../evil.pdf', pages: 'two' }, 'dist/x/index.html')
		).toThrow(
			/dist\/x\/index\.html: missing <meta name="kit-pdf:title">.*output "\.\.\/evil\.pdf".*pages must be a whole number/
		);
	});
});

describe('formatBytes', () => {
	it('reads like a person would write it', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(123_456)).toBe('123 kB');
		expect(formatBytes(1_250_000)).toBe('1.3 MB');
	});
});
