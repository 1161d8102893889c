/**
 * The sheets the "Make it your school's" page prints with the details staff type, in its order; each
 * one's label is `school.docs.<id>` in the strings files. Node only (it reads the strings): the page
 * gives its script the labels with the rest of its words (./school-words.ts).
 */
import { defaultLocale } from '../../i18n/locales';
import { strings, type Translate } from '../../i18n/strings';

export const customiseDocIds = ['leaflet', 'poster', 'letter', 'signposting'] as const;

/** Each of `Ids` with its label, in order (a tuple, so each place is known to be there). */
type Labelled<Ids extends readonly string[]> = {
	readonly [K in keyof Ids]: { id: Ids[K]; label: string };
};
/** Each sheet with its label, in the order of the ids. */
export type CustomiseDocs = Labelled<typeof customiseDocIds>;

/** The sheets with their labels in a language's words. */
export const customiseDocsIn = (t: Translate): CustomiseDocs =>
	customiseDocIds.map((id) => ({ id, label: t(`school.docs.${id}`) })) as unknown as CustomiseDocs;

/** The sheets as the English page labels them. */
export const customiseDocs = customiseDocsIn(strings(defaultLocale));
