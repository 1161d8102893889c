/**
 * Languages as pages and components use them while Astro renders: the page's language from its
 * address, its interface strings, and links that stay in the reader's language where the kit has
 * the page in it (a Welsh page links to `/cy/help/`, and to the English page where there is no Welsh one).
 */
import { routeOfPathname } from '../site/paths.ts';
import { existsInBuild } from '../site/content.ts';
import { inLocale, locales, splitLocale, defaultLocale, type Locale } from './locales.ts';
import { strings, type Translate } from './strings.ts';
import { translationState, type TranslationState } from './translations.ts';

export interface PageLanguage {
	locale: Locale;
	/** The `lang` attribute: "en-GB", "cy". */
	lang: string;
	/** Interface strings in the page's language. */
	t: Translate;
	/** The route of a page (in the default language's form) in this page's language where it exists. */
	link: (route: string) => string;
}

/** The language of the page at `url` (a page or component's `Astro.url`). */
export function localeOf(url: URL): Locale {
	const route = routeOfPathname(import.meta.env.BASE_URL, url.pathname) ?? '/';
	return splitLocale(route).locale;
}

/** A route in `locale` where the kit has that page, else the route as given. */
export function linkIn(route: string, locale: Locale): string {
	if (locale === defaultLocale || splitLocale(route).locale !== defaultLocale) return route;
	const translated = inLocale(route, locale);
	return existsInBuild(translated) ? translated : route;
}

/** Everything a component needs to speak the page's language. */
export function pageLanguage(url: URL): PageLanguage {
	const locale = localeOf(url);
	return {
		locale,
		lang: locales[locale].lang,
		t: strings(locale),
		link: (route) => linkIn(route, locale),
	};
}

/**
 * The same page in every language the kit has it in, for the language switch and hreflang links:
 * `{ en: "/help/", cy: "/cy/help/" }`. A page missing in a language has no entry.
 */
export function counterparts(route: string): Partial<Record<Locale, string>> {
	const { route: inDefault } = splitLocale(route);
	const found: Partial<Record<Locale, string>> = {};
	for (const locale of Object.keys(locales) as Locale[]) {
		const candidate = inLocale(inDefault, locale);
		if (existsInBuild(candidate)) found[locale] = candidate;
	}
	return found;
}

/** The state of the translated files a page shows (`content/cy/…`), read once per file. */
const states = new Map<string, TranslationState>();
export function translationStatesOf(files: readonly string[]): TranslationState[] {
	return files.map((file) => {
		let state = states.get(file);
		if (!state) states.set(file, (state = translationState(file)));
		return state;
	});
}
