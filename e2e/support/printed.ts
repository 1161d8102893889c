/**
 * What a printed copy says, read as a pupil's phone and a school's software would: every QR code on
 * every page of a PDF decoded with ZBar (`zbarimg`, Debian's zbar-tools) from the page rendered by
 * Poppler (`pdftoppm`), and every address in the text and links that only works on one computer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfFacts } from './pdf';

/**
 * The text of every QR code in a PDF file, decoded from a 100 dpi rendering of the given pages
 * (1-based; all pages when none are given).
 */
export function qrCodesInPdf(file: string, pages?: readonly number[]): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'kit-qr-'));
	try {
		for (const range of pages ? pages.map((n) => ['-f', `${n}`, '-l', `${n}`]) : [[]])
			execFileSync('pdftoppm', [...range, '-r', '100', '-gray', '-png', file, join(dir, 'page')]);
		const images = readdirSync(dir)
			.sort()
			.map((png) => join(dir, png));
		const run = spawnSync(
			'zbarimg',
			['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...images],
			{
				encoding: 'utf8',
			}
		);
		// ZBar exits with 4 when some page holds no code.
		if (run.status !== 0 && run.status !== 4)
			throw new Error(`zbarimg failed on ${file}: ${run.stderr || run.error?.message}`);
		return run.stdout.split('\n').filter(Boolean);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The pages (1-based) where a printed PDF links to `url`: where the build puts a QR code, it links
 * the code and the address printed beside it to the help page (src/components/leaflet/HelpQr.astro).
 */
export const pagesLinkingTo = (facts: PdfFacts, url: string): number[] =>
	facts.links.flatMap((links, i) => (links.includes(url) ? [i + 1] : []));

/** Addresses that lead nowhere once printed: the local machine, a private network, a file. */
export const localAddress =
	/localhost|127\.0\.0\.1|\[::1\]|\bfile:\/\/[\w/.-]*|\b(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})\b/gi;

/** Every local address in a PDF's text and link targets, as found. */
export function localAddressesIn(facts: PdfFacts): string[] {
	return [facts.text, ...facts.links.flat()].flatMap((s) => s.match(localAddress) ?? []);
}
