/**
 * The printed sheets a page shows in its language: the English entry (`content/leaflet/<id>.mdx`)
 * or its Welsh translation (`content/cy/leaflet/<id>.mdx`), and the PDF each is printed to.
 */
import { cy, sheet, type Sheet, type WelshSheet } from '../../../data';
import { defaultLocale, type Locale } from '../../../i18n/locales';
import {
	firstHourPdf,
	leafletPdf,
	letterPdf,
	posterPdf,
	signpostingPdf,
} from '../../../site/routes';

/** The sheets that have a page and a PDF in each language. */
export const sheetPdfs = {
	leaflet: leafletPdf,
	poster: posterPdf,
	letter: letterPdf,
	signposting: signpostingPdf,
	'first-hour': firstHourPdf,
} as const satisfies Record<string, (locale: Locale) => string>;
export type SheetId = keyof typeof sheetPdfs;

/** A sheet in `locale`; a missing translation fails the build, naming the file it needs. */
export function sheetIn(id: SheetId, locale: Locale): Sheet | WelshSheet {
	if (locale === defaultLocale) return sheet(id);
	const found = cy.sheets.find((s) => s.id === id);
	if (!found) throw new Error(`Missing content/cy/leaflet/${id}.mdx (the Welsh ${id})`);
	return found;
}

/** The translated files a sheet's page shows (for the translation notice): none in English. */
export const translatedFiles = (entry: Sheet | WelshSheet): string[] =>
	'translation' in entry.data && entry.filePath ? [entry.filePath] : [];
