import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedPairs, logo, palette, paletteCss, tokensCss } from './tokens';

const root = new URL('../..', import.meta.url).pathname;

/** WCAG 2.2 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('design tokens', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
		expect(contrast(palette.white, palette.primary)).toBeCloseTo(6.9, 1);
		expect(contrast(palette.urgent, palette.surface)).toBeLessThan(3);
	});

	it.each(allowedPairs.map((p) => [p.what, p] as const))(
		'%s meets WCAG 2.2 AA for its use',
		(_, pair) => {
			const needed = pair.use === 'text' ? 4.5 : 3;
			expect(
				contrast(pair.fg, pair.bg),
				`${pair.fg} on ${pair.bg} (${pair.use})`
			).toBeGreaterThanOrEqual(needed);
		}
	);

	it('writes palette.css and tokens.css exactly as tokens.ts says (run `npm run tokens` after a change)', () => {
		expect(readFileSync(join(root, 'src/styles/palette.css'), 'utf8')).toBe(paletteCss());
		expect(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8')).toBe(tokensCss());
	});

	it('draws the favicon and app icon with the logo of the tokens, in the primary colour', () => {
		const svg = readFileSync(join(root, 'public/icons/icon.svg'), 'utf8');
		expect(svg).toContain(`d="${logo.shield}"`);
		expect(svg).toContain(`d="${logo.tick}"`);
		expect(svg.toLowerCase()).toContain(`fill="${palette.primary.toLowerCase()}"`);
	});

	it('has no retired colour (the old blues, navy and red) anywhere in the source', () => {
		const retired = /#(1a4fb5|12325e|0b2f73|a3261d|9cc0ff)\b/i;
		const hits = sourceFiles().filter((f) => retired.test(readFileSync(f, 'utf8')));
		expect(hits.map((f) => relative(root, f))).toEqual([]);
	});

	it('keeps hex colours in tokens.ts: styles and components use the tokens (pure black and white excepted, for paper)', () => {
		const hexColour = /(?<![\w&/-])#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})\b(?![\w-])/gi;
		const allowed = new Set(['#000', '#fff', '#000000', '#ffffff']);
		const stray: string[] = [];
		for (const file of sourceFiles()) {
			const name = relative(root, file);
			if (/^src\/styles\/(tokens\.ts|tokens\.css|palette\.css)$/.test(name)) continue;
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					for (const m of line.matchAll(hexColour))
						if (!allowed.has(m[0].toLowerCase()) && !/\bhref=|#\d+\)|issues|PptxGenJS#/.test(line))
							stray.push(`${name}:${i + 1}: ${m[0]}`);
				});
		}
		expect(stray).toEqual([]);
	});
});

/** CSS, Astro components and TypeScript under src/, tests aside. */
function sourceFiles(dir = join(root, 'src')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(css|astro|ts)$/.test(name) && !/\.test\.ts$|\.fixture\.ts$/.test(name) ? [path] : [];
	});
}
