// Renders the app icons from their SVG sources with the system Chromium, once; the PNGs are committed
// (a few kB each), so builds need no browser for them. Run again after changing an SVG:
//   npm exec -- node scripts/make-icons.mjs
// Sources: src/styles/tokens.ts (the logo), public/icons/icon.svg (also served as the favicon) and scripts/icons/icon-maskable.svg
// (full-bleed, for Android's shaped icons and the Apple touch icon).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tools/browser.ts';
import { logoSvg } from '../src/styles/tokens.ts';

const outputs = [
	{
		source: 'public/icons/icon.svg',
		size: 192,
		file: 'public/icons/icon-192.png',
		transparent: true,
	},
	{
		source: 'public/icons/icon.svg',
		size: 512,
		file: 'public/icons/icon-512.png',
		transparent: true,
	},
	{
		source: 'scripts/icons/icon-maskable.svg',
		size: 512,
		file: 'public/icons/icon-maskable-512.png',
		transparent: false,
	},
	{
		source: 'scripts/icons/icon-maskable.svg',
		size: 180,
		file: 'public/icons/apple-touch-icon.png',
		transparent: false,
	},
	// The logo for the PowerPoint export, which cannot use SVG (src/lib/pptx-deck.ts): in colour for
	// the footer, and the white shield alone for the dark title slide. Drawn from src/styles/tokens.ts.
	{ svg: logoSvg('colour'), size: 256, file: 'src/assets/brand/logo-256.png', transparent: true },
	{
		svg: logoSvg('on-dark'),
		size: 256,
		file: 'src/assets/brand/logo-on-dark-256.png',
		transparent: true,
	},
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
	const page = await browser.newPage();
	for (const { source, svg: inline, size, file, transparent } of outputs) {
		const svg = inline ?? (await readFile(source, 'utf8'));
		await page.setViewportSize({ width: size, height: size });
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
		);
		await writeFile(file, await page.screenshot({ omitBackground: transparent, type: 'png' }));
		console.log(`${file} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
