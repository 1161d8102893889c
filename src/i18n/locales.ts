/**
 * The kit's languages, defined once: English at the site root, Welsh under `/cy/` (Astro's i18n
 * routing in astro.config.mjs reads the same list). Pure and free of Astro, like src/site/paths.ts,
 * so the build, the scripts and the tests share it.
 */

export const locales = {
	en: { lang: 'en-GB', office: 'en-GB', name: 'English', prefix: '' },
	cy: { lang: 'cy', office: 'cy-GB', name: 'Cymraeg', prefix: 'cy' },
} as const;

export type Locale = keyof typeof locales;
export const localeIds = Object.keys(locales) as Locale[];
export const defaultLocale: 'en' & Locale = 'en';
/** The languages a page can be translated into: every one but the default. */
export const translatedLocales = localeIds.filter(
	(l): l is Exclude<Locale, typeof defaultLocale> => l !== defaultLocale
);
export type TranslatedLocale = (typeof translatedLocales)[number];

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && value in locales;

/**
 * The language of a page from its `lang` attribute ("cy", "en-GB"); the default language for one the
 * kit does not have. Office files need a region with it (`office`: PowerPoint's "cy-GB").
 */
export function localeOfLang(lang: string): Locale {
	const tag = lang.toLowerCase();
	return (
		localeIds.find((l) => locales[l].lang.toLowerCase() === tag) ??
		localeIds.find((l) => tag.startsWith(`${locales[l].lang.toLowerCase()}-`)) ??
		defaultLocale
	);
}

/**
 * A route split into its language and the route of the same page in the default language:
 * "/cy/help/" is Welsh "/help/"; "/help/" is English "/help/".
 */
export function splitLocale(route: string): { locale: Locale; route: string } {
	for (const locale of translatedLocales) {
		const prefix = `/${locales[locale].prefix}`;
		if (
			route === prefix ||
			route.startsWith(`${prefix}/`) ||
			route.startsWith(`${prefix}?`) ||
			route.startsWith(`${prefix}#`)
		)
			return { locale, route: route.slice(prefix.length) || '/' };
	}
	return { locale: defaultLocale, route };
}

/** A route of the default language in `locale`: "/help/" in Welsh is "/cy/help/". */
export function inLocale(route: string, locale: Locale): string {
	const { prefix } = locales[locale];
	if (!prefix) return route;
	if (splitLocale(route).locale !== defaultLocale)
		throw new Error(`${route} is already in another language`);
	return `/${prefix}${route}`;
}
