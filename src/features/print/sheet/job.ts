/** The PDF details of a printed sheet, from its frontmatter and the build-time school profile. */
import { kitConfig } from '../../../config';
import { defaultLocale, locales, type Locale } from '../../../i18n/locales';
import { strings } from '../../../i18n/strings';
import type { PrintJob } from '../pdf-files';
import type { SchoolProfile } from '../../school';
import type { LeafletData } from '../../../schemas/leaflet';

/** The longest title a page and its PDF show whole in a window's title bar (html-validate's limit). */
const maxTitle = 110;

/** What a sheet's PDF says about itself: its frontmatter's words. */
type SheetWords = Pick<LeafletData, 'title' | 'subtitle' | 'summary' | 'keywords' | 'pages'>;

export function sheetJob(
	data: SheetWords,
	output: string,
	school: SchoolProfile | undefined,
	locale: Locale = defaultLocale
): PrintJob {
	const t = strings(locale);
	const full = data.subtitle ? `${data.title} ${data.subtitle}` : data.title;
	return {
		output,
		// The title and its subtitle, unless that is too long for a title bar (a Welsh one can be).
		title: full.length <= maxTitle ? full : data.title,
		subject: data.summary,
		keywords: data.keywords,
		author: school
			? t('print.authorWith', { school: school.school, kit: kitConfig.siteName })
			: kitConfig.siteName,
		language: locales[locale].lang,
		pages: data.pages,
	};
}

/**
 * The PDF details of a sheet in two languages (the bilingual sheets): the page's language first,
 * then the second, as the sheet prints them; the PDF's language is the first's.
 */
export function bilingualJob(
	first: SheetWords,
	second: SheetWords,
	output: string,
	school: SchoolProfile | undefined,
	locale: Locale
): PrintJob {
	const t = strings(locale);
	const job = sheetJob(first, output, school, locale);
	return {
		...job,
		title: t('print.bilingualTitle', { first: first.title, second: second.title }),
		subject: `${first.summary} ${second.summary}`,
		keywords: [...new Set([...first.keywords, ...second.keywords])],
	};
}
