/**
 * Where translations live: `content/cy/<path>` translates `content/<path>`, and the interface
 * strings `src/i18n/strings/cy.yaml` translate `src/i18n/strings/en.yaml`. Pure, like locales.ts.
 */
import {
	defaultLocale,
	locales,
	translatedLocales,
	type Locale,
	type TranslatedLocale,
} from './locales.ts';

/** The folder of a content folder's translations: "content/advice" in Welsh is "content/cy/advice". */
export function translationFolder(folder: string, locale: TranslatedLocale): string {
	if (!folder.startsWith('content/')) throw new Error(`${folder} is not a content folder`);
	return `content/${locales[locale].prefix}/${folder.slice('content/'.length)}`;
}

/** The interface strings file of a language. */
export const stringsFile = (locale: Locale): string => `src/i18n/strings/${locale}.yaml`;

/**
 * The English file a translated file was made from, and its language; undefined for a file that is
 * not a translation. Paths are relative to the project, with "/" separators.
 */
export function sourceOf(file: string): { locale: TranslatedLocale; source: string } | undefined {
	for (const locale of translatedLocales) {
		const prefix = `content/${locales[locale].prefix}/`;
		if (file.startsWith(prefix)) return { locale, source: `content/${file.slice(prefix.length)}` };
		if (file === stringsFile(locale)) return { locale, source: stringsFile(defaultLocale) };
	}
	return undefined;
}
