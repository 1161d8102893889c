/**
 * The kit's design tokens: the only place a colour, font, size, radius or the logo is written down.
 * The site's CSS (tokens.css and palette.css, generated from this file by `npm run tokens` and
 * checked by tokens.test.ts), presentation mode, the printed sheets and the PowerPoint export
 * (src/features/slides/export/pptx-deck.ts) all read them, so they cannot drift apart.
 *
 * Plain data and pure functions with no imports, so Node runs this file as it is (scripts/tokens.mjs).
 */

/** The palette (design brief §2). Teal and violet print as the same grey: never tell them apart by colour alone. */
export const palette = {
	/** Links, buttons, icons; the logo and "Get help now". White on it 6.9:1. */
	primary: '#00665E',
	/** Headings, title slides, mastheads. */
	primaryDark: '#00403A',
	/** Panels and icon discs. */
	primaryTint: '#E6F2F0',
	/** Discussion cues, the "made-up" pill, avatars. */
	accent: '#5B3F9E',
	/** Attention, not alarm: "right now" boxes and step numbers, as a fill only, with a `text` border. */
	urgent: '#FFC94D',
	/** A pale wash of `urgent` for safeguarding boxes, always with a `text` border. */
	urgentTint: '#FFF4D6',
	surface: '#FFFFFF',
	/** The second background: the header band, the phone screen. */
	surfaceAlt: '#F4F6F6',
	text: '#1B1D21',
	/** Secondary text and borders. */
	muted: '#4A5553',
	/** Two-tone focus, as on GOV.UK: yellow with an ink ring. */
	focus: '#FFDD00',
	focusRing: '#0B0C0C',
	white: '#FFFFFF',
	/** Text on paper. */
	black: '#000000',
} as const;

export type PaletteName = keyof typeof palette;

/** Dark mode: the same roles on a dark page (teal #5ED6C8 replaces every link and button colour). */
export const darkPalette = {
	surface: '#121417',
	surfaceAlt: '#1E2227',
	text: '#F1F3F5',
	muted: '#C5CAD1',
	border: '#8D96A3',
	primary: '#5ED6C8',
	onPrimary: '#062320',
	primaryTint: '#15302C',
	urgentTint: '#2D2710',
	urgentBorder: '#E2C251',
} as const;

/**
 * The site's colour roles, light then dark, as CSS custom properties (tokens.css). Components use
 * these names; the palette behind them changes with the reader's colour scheme.
 */
export const roles = {
	light: {
		bg: palette.surface,
		'bg-soft': palette.surfaceAlt,
		text: palette.text,
		'text-soft': palette.muted,
		border: palette.muted,
		link: palette.primary,
		accent: palette.primaryDark,
		'accent-text': palette.white,
		help: palette.primary,
		'help-text': palette.white,
		tint: palette.primaryTint,
		icon: palette.primary,
		note: palette.primaryTint,
		'note-border': palette.primary,
		safe: palette.urgentTint,
		'safe-border': palette.text,
		/** Two-tone focus (GOV.UK): an ink ring round a yellow halo on light pages, the other way round on dark. */
		focus: palette.focusRing,
		'focus-halo': palette.focus,
	},
	dark: {
		bg: darkPalette.surface,
		'bg-soft': darkPalette.surfaceAlt,
		text: darkPalette.text,
		'text-soft': darkPalette.muted,
		border: darkPalette.border,
		link: darkPalette.primary,
		accent: darkPalette.primary,
		'accent-text': darkPalette.onPrimary,
		help: darkPalette.primary,
		'help-text': darkPalette.onPrimary,
		tint: darkPalette.primaryTint,
		icon: darkPalette.primary,
		note: darkPalette.primaryTint,
		'note-border': darkPalette.primary,
		safe: darkPalette.urgentTint,
		'safe-border': darkPalette.urgentBorder,
		focus: palette.focus,
		'focus-halo': palette.focusRing,
	},
} as const;

export type Role = keyof (typeof roles)['light'];

/** How a pair of colours may be used: body text needs 4.5:1, large text and UI (icons, borders) 3:1. */
export type PairUse = 'text' | 'large' | 'ui';

/**
 * Every text/background pair the kit allows, in both schemes (design brief §2). tokens.test.ts checks
 * each against WCAG 2.2: a pair not listed here is not to be used.
 */
export const allowedPairs: readonly { fg: string; bg: string; use: PairUse; what: string }[] = [
	...(['surface', 'surfaceAlt', 'primaryTint', 'urgent', 'urgentTint'] as const).map((bg) => ({
		fg: palette.text,
		bg: palette[bg],
		use: 'text' as const,
		what: `text on ${bg}`,
	})),
	...(['surface', 'surfaceAlt', 'primaryTint'] as const).map((bg) => ({
		fg: palette.muted,
		bg: palette[bg],
		use: 'text' as const,
		what: `muted on ${bg}`,
	})),
	...(['surface', 'surfaceAlt', 'primaryTint'] as const).map((bg) => ({
		fg: palette.primary,
		bg: palette[bg],
		use: 'text' as const,
		what: `primary on ${bg}`,
	})),
	{ fg: palette.primaryDark, bg: palette.surface, use: 'text', what: 'primary-dark on surface' },
	{ fg: palette.primaryDark, bg: palette.primaryTint, use: 'text', what: 'primary-dark on tint' },
	{ fg: palette.white, bg: palette.primary, use: 'text', what: 'white on primary' },
	{ fg: palette.white, bg: palette.primaryDark, use: 'text', what: 'white on primary-dark' },
	{ fg: palette.urgent, bg: palette.primaryDark, use: 'text', what: 'urgent on primary-dark' },
	{ fg: palette.accent, bg: palette.surface, use: 'text', what: 'accent on surface' },
	{ fg: palette.white, bg: palette.accent, use: 'text', what: 'white on accent' },
	{ fg: palette.focusRing, bg: palette.surface, use: 'ui', what: 'focus ring on white' },
	{ fg: palette.focus, bg: palette.primaryDark, use: 'ui', what: 'focus yellow on primary-dark' },
	{ fg: palette.focusRing, bg: palette.focus, use: 'text', what: 'ink on focus yellow' },
	{ fg: palette.black, bg: palette.primaryTint, use: 'text', what: 'print black on tint' },
	{ fg: palette.muted, bg: palette.surface, use: 'ui', what: 'muted border on surface' },
	...(['light', 'dark'] as const).flatMap((scheme) => {
		const r = roles[scheme];
		const pairs: [Role, Role, PairUse][] = [
			['text', 'bg', 'text'],
			['text', 'bg-soft', 'text'],
			['text', 'note', 'text'],
			['text', 'safe', 'text'],
			['text', 'tint', 'text'],
			['text-soft', 'bg', 'text'],
			['text-soft', 'bg-soft', 'text'],
			['link', 'bg', 'text'],
			['link', 'bg-soft', 'text'],
			['link', 'note', 'text'],
			['link', 'tint', 'text'],
			['accent-text', 'accent', 'text'],
			['help-text', 'help', 'text'],
			['icon', 'tint', 'ui'],
			['icon', 'bg', 'ui'],
			['border', 'bg', 'ui'],
			['border', 'bg-soft', 'ui'],
			['note-border', 'note', 'ui'],
			['safe-border', 'safe', 'ui'],
			['bg', 'text', 'text'],
			['focus', 'bg', 'ui'],
			['focus', 'bg-soft', 'ui'],
			['focus', 'focus-halo', 'ui'],
		];
		return pairs.map(([fg, bg, use]) => ({
			fg: r[fg],
			bg: r[bg],
			use,
			what: `${scheme}: --${fg} on --${bg}`,
		}));
	}),
];

/** The typeface (Atkinson Hyperlegible Next, self-hosted) and the PowerPoint font, which embeds none. */
export const fonts = {
	body: "'Atkinson Hyperlegible Next', system-ui, sans-serif",
	print: "'Atkinson Hyperlegible Next', Arial, sans-serif",
	/** On every Windows and macOS computer and in Google Slides; wide, so safe for measuring. */
	pptx: 'Verdana',
} as const;

/** The type scale (design brief §3): web in rem (root 18 px), slides in points (px on the 1920 stage = 2 × pt), print in points. */
export const typeScale = {
	web: { min: 0.8, body: 1, lead: 1.15, title: 2.2, display: 3 },
	slides: { min: 18, body: 28, minBody: 24, title: 40, minTitle: 36, display: 54, footer: 14 },
	print: { min: 9, body: 11, letter: 12, title: 26, posterHeadline: 66 },
} as const;

/** Spacing steps in rem. */
export const spacing = { xs: 0.25, s: 0.5, m: 1, l: 1.5, xl: 2.5 } as const;

/** Corner radii in rem (web) and inches (PowerPoint shapes). */
export const radii = { s: 0.25, m: 0.5, l: 1, pill: 999 } as const;

/**
 * The shield logo on a 512 grid: a rounded square, the shield, the tick. On `primary-dark` the shield
 * goes without its square, in white; in black and white everything is black.
 */
export const logo = {
	viewBox: '0 0 512 512',
	/** The shield alone, for the variant without its square. */
	shieldViewBox: '74 76 364 364',
	square: { rx: 112 },
	shield: 'M256 84 400 136v112c0 92-62 152-144 184-82-32-144-92-144-184V136z',
	tick: 'm188 262 48 48 88-98',
	tickWidth: 38,
} as const;

export type LogoVariant = 'colour' | 'on-dark' | 'mono';

/**
 * The logo as SVG markup. Decorative by default (`aria-hidden`): wherever it appears the kit's name
 * is written next to it. With `label`, it is an image with that name.
 */
export function logoSvg(
	variant: LogoVariant = 'colour',
	options: { size?: number; label?: string; className?: string } = {}
): string {
	const { size, label, className } = options;
	const square = variant === 'colour' ? palette.primary : variant === 'mono' ? palette.black : '';
	const shield = palette.white;
	const tick = variant === 'on-dark' ? palette.primaryDark : square;
	const a11y = label
		? `role="img" aria-label="${label.replace(/"/g, '&quot;')}"`
		: 'aria-hidden="true" focusable="false"';
	const dims = size ? ` width="${size}" height="${size}"` : '';
	const cls = className ? ` class="${className}"` : '';
	// Without its square (on a dark band) the shield is white and the tick is cut out in the band's colour.
	const back = square
		? `<rect width="512" height="512" rx="${logo.square.rx}" fill="${square}"/>`
		: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${square ? logo.viewBox : logo.shieldViewBox}"${dims}${cls} ${a11y}>` +
		back +
		`<path d="${logo.shield}" fill="${shield}"/>` +
		`<path d="${logo.tick}" fill="none" stroke="${tick}" stroke-width="${logo.tickWidth}" stroke-linecap="round" stroke-linejoin="round"/>` +
		`</svg>`
	);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const hex = (value: string) => value.toLowerCase();

/**
 * palette.css: the fixed palette, type and sizes, the same in every colour scheme. Presentation mode
 * and the printed sheets read these (`--c-primary`, `--font-print`…): slides and paper are always light.
 */
export function paletteCss(): string {
	const lines = [
		'/* Generated from src/styles/tokens.ts by `npm run tokens`: edit that file, not this one. */',
		':root {',
		...Object.entries(palette).map(([name, value]) => `\t--c-${kebab(name)}: ${hex(value)};`),
		`\t--font-body: ${fonts.body};`,
		`\t--font-print: ${fonts.print};`,
		...Object.entries(typeScale.web).map(([name, value]) => `\t--type-${name}: ${value}rem;`),
		...Object.entries(typeScale.slides).map(
			([name, value]) => `\t--slide-${kebab(name)}: ${value * 2};`
		),
		...Object.entries(typeScale.print).map(
			([name, value]) => `\t--print-${kebab(name)}: ${value}pt;`
		),
		...Object.entries(spacing).map(([name, value]) => `\t--space-${name}: ${value}rem;`),
		...Object.entries(radii).map(([name, value]) => `\t--radius-${name}: ${value}rem;`),
		'}',
		'',
	];
	return lines.join('\n');
}

/** tokens.css: the site's colour roles, light and (following the reader's setting) dark. */
export function tokensCss(): string {
	const block = (scheme: 'light' | 'dark', indent: string) =>
		Object.entries(roles[scheme]).map(([name, value]) => `${indent}--${name}: ${hex(value)};`);
	return [
		'/* Generated from src/styles/tokens.ts by `npm run tokens`: edit that file, not this one. */',
		'/* Site colour roles. Light and dark schemes follow the OS setting; tokens.test.ts checks every pair. */',
		':root {',
		'\tcolor-scheme: light dark;',
		...block('light', '\t'),
		`\t--radius: ${radii.m}rem;`,
		`\t--space: ${spacing.m}rem;`,
		'\t--measure: 42rem;',
		'}',
		'',
		'@media (prefers-color-scheme: dark) {',
		'\t:root {',
		...block('dark', '\t\t'),
		'\t}',
		'}',
		'',
	].join('\n');
}

/** A colour as PowerPoint writes it: six hex digits, no `#`. */
export const pptxHex = (value: string): string => value.replace('#', '').toUpperCase();
