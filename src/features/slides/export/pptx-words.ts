/**
 * The words the PowerPoint copy writes itself, in the presentation's language (the `lang` of its
 * built page): its notes pane's headings, "(continued)" on a long slide's parts, the stand-in for
 * the school's safeguarding lead and the names of its shapes (`slides.pptx` in
 * src/i18n/strings/<locale>.yaml), and the language PowerPoint checks its spelling in ("cy-GB").
 */
import { localeOfLang, locales, type Locale } from '../../../i18n/locales';
import { strings, type Translate } from '../../../i18n/strings';

export interface PptxWords {
	locale: Locale;
	/** The text's language as PowerPoint writes it (`<a:rPr lang>`): "en-GB", "cy-GB". */
	officeLang: string;
	/** The interface strings of the language. */
	t: Translate;
	/** A long slide's second and later parts: "Steps (continued)". */
	continued: (title: string) => string;
	/** Stands in for the school's safeguarding lead when the build has no school profile. */
	blankDsl: string;
}

export function pptxWords(pageLang: string): PptxWords {
	const locale = localeOfLang(pageLang);
	const t = strings(locale);
	return {
		locale,
		officeLang: locales[locale].office,
		t,
		continued: (title) => t('slides.pptx.continued', { title }),
		blankDsl: t('slides.pptx.blankDsl'),
	};
}
