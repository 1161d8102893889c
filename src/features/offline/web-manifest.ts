/**
 * The web app manifest, so the kit installs as an app on Chromebooks, Android and desktops. Every URL
 * in it is under the base path, so a copy built for `/safety-kit/` installs and opens there.
 * Pure, for src/pages/manifest.webmanifest.ts and its unit test.
 */
import { icon as iconRoute } from '../../site/files';
import { normaliseBase, withBase } from '../../site/paths';
import { roles } from '../../styles/tokens';

export interface ManifestOptions {
	/** The configured base path (`import.meta.env.BASE_URL`). */
	base: string;
	/** The kit's name. */
	name: string;
}

/** Colours of the theme (src/styles/tokens.ts): the header background and the page. */
export const themeColors = {
	light: roles.light['bg-soft'],
	dark: roles.dark['bg-soft'],
	background: roles.light.bg,
} as const;

export function webManifest({ base, name }: ManifestOptions) {
	const icon = (file: string, sizes: string, type: string, purpose: 'any' | 'maskable') => ({
		src: withBase(base, iconRoute(file)),
		sizes,
		type,
		purpose,
	});
	return {
		name,
		short_name: 'Too Good',
		description:
			'Lessons, advice and help about sextortion for UK secondary schools, pupils and parents. Works offline.',
		lang: 'en-GB',
		dir: 'ltr',
		id: normaliseBase(base),
		start_url: normaliseBase(base),
		scope: normaliseBase(base),
		display: 'standalone',
		background_color: themeColors.background,
		theme_color: themeColors.light,
		categories: ['education'],
		icons: [
			icon('icon.svg', 'any', 'image/svg+xml', 'any'),
			icon('icon-192.png', '192x192', 'image/png', 'any'),
			icon('icon-512.png', '512x512', 'image/png', 'any'),
			icon('icon-maskable-512.png', '512x512', 'image/png', 'maskable'),
		],
	};
}
