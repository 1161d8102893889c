/**
 * The language a sheet component writes in: the page's (a Welsh sheet under `/cy/` speaks Welsh and
 * shows Wales's routes), and on a bilingual sheet the second language too, English, still for the
 * page's nation. Words come from the strings files (`print.*`), data from `dataFor` (src/data.ts).
 */
import { dataFor, type LocaleData } from '../../../data';
import { defaultLocale, locales, type Locale } from '../../../i18n/locales';
import { pageLanguage } from '../../../i18n/render';
import { strings, type Translate } from '../../../i18n/strings';

export interface SheetLanguage {
	locale: Locale;
	/** The `lang` attribute the words need: only for words not in the page's own language. */
	lang: string | undefined;
	t: Translate;
	data: LocaleData;
}

/** The page's language at `url`, or `locale` on that page (the English half of a bilingual sheet). */
export function sheetLanguage(url: URL, locale?: Locale): SheetLanguage {
	const page = pageLanguage(url).locale;
	const words = locale ?? page;
	return {
		locale: words,
		lang: words === page ? undefined : locales[words].lang,
		t: strings(words),
		data: dataFor(words, page),
	};
}

/**
 * The second language of a bilingual sheet (English, after the page's Welsh), or undefined when the
 * sheet is not bilingual or the page is already in English.
 */
export function secondLanguage(url: URL, bilingual: boolean): SheetLanguage | undefined {
	if (!bilingual || pageLanguage(url).locale === defaultLocale) return undefined;
	return sheetLanguage(url, defaultLocale);
}

/** What to text, in words: "SHOUT to 85258" ("SHOUT i 85258"), or the number when no word is needed. */
export const textLabelIn = (t: Translate, text: { number: string; word?: string | undefined }) =>
	text.word ? t('print.textTo', { word: text.word, number: text.number }) : text.number;
