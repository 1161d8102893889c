/**
 * The words of the "Make it your school's" form and of the school profile's problems, in a page's
 * language, from the strings files (`school.*` in src/i18n/strings/<locale>.yaml): the page renders
 * its labels with them and writes the ones its script needs (each field's title, the problems, the
 * preview's and the QR code's words) into the form as JSON (`data-words`), so the script holds no
 * words of its own. The rules stay in the schema (./schema.ts); only their words are here.
 * Pure, with words given as a `t()` or as templates: used by the build and by the page's script.
 */
import type { Translate } from '../../i18n/strings';
import { fill, keepPlaceholders } from '../../i18n/templates';
import { profileProblemKeys, type ProfileProblemKey } from './schema';
import { schoolFormGroups, type SchoolFormField, type SchoolFormGroup } from './school';

/** A group's legend: "Deputy safeguarding lead 2 (optional)". */
export const groupLegend = (t: Translate, group: SchoolFormGroup): string =>
	t(`school.form.groups.${group.words}`, { n: group.n });

/** A field's words: the label beside its box, its title in error messages, and its hint. */
export function fieldWords(
	t: Translate,
	field: SchoolFormField,
	group: SchoolFormGroup
): { label: string; title: string; hint: string } {
	const key = `school.form.fields.${field.words}`;
	const who = group.words === 'school' ? '' : t(`school.form.who.${group.words}`, { n: group.n });
	return { label: t(`${key}.label`), title: t(`${key}.title`, { who }), hint: t(`${key}.hint`) };
}

/** What naming a problem takes: each field's title by its path, and the problems' templates. */
export interface ProblemWords {
	/** "Safeguarding lead: name", by the field's path. */
	titles: Readonly<Record<string, string>>;
	/** "{field}: {problem}" */
	line: string;
	/** "must be at most {max} characters: …", by the schema's problem key. */
	problems: Readonly<Record<ProfileProblemKey, string>>;
}

/** The words for naming problems, from a language's strings. */
export function problemWordsFrom(t: Translate): ProblemWords {
	const titles: Record<string, string> = {};
	for (const group of schoolFormGroups)
		for (const field of group.fields) titles[field.path] = fieldWords(t, field, group).title;
	return {
		titles,
		line: keepPlaceholders(t, 'school.problems.line'),
		problems: Object.fromEntries(
			profileProblemKeys.map((key) => [key, keepPlaceholders(t, `school.problems.${key}`)])
		) as Record<ProfileProblemKey, string>,
	};
}

/** The parts of a schema issue its words need (a Zod issue has them). */
export interface ProfileIssue {
	message: string;
	params?: Readonly<Record<string, unknown>> | undefined;
	values?: readonly unknown[] | undefined;
}

/**
 * An issue's problem in words: "must not be empty". An issue the schema did not word itself (Zod's
 * own, for a file whose shape is wrong) keeps Zod's message.
 */
export function problemText(issue: ProfileIssue, words: Pick<ProblemWords, 'problems'>): string {
	const template = (words.problems as Readonly<Record<string, string>>)[issue.message];
	if (template === undefined) return issue.message;
	const max = issue.params?.['max'];
	return fill(template, {
		max: typeof max === 'number' ? max : '',
		nations: (issue.values ?? []).map(String).join(', '),
	});
}

/** "Local police force: must not be empty": the field named by its title, then the problem. */
export const problemLine = (words: ProblemWords, path: string, issue: ProfileIssue): string =>
	fill(words.line, { field: words.titles[path] ?? path, problem: problemText(issue, words) });

/** Everything the customise page's script says, in the page's language. */
export interface CustomiseWords {
	problems: ProblemWords;
	/** "Preview: {doc}", the preview's name for screen readers. */
	preview: string;
	/** Each sheet's label by its id, as the choice of what to print names it. */
	docs: Readonly<Record<string, string>>;
	/** The printed QR code's words, as src/features/print/sheet/HelpQr.astro prints them. */
	qrLabel: string;
	qrTitle: string;
	qrScan: string;
}

/** The customise page's words, from its strings; `docs` are the sheets with their labels. */
export function customiseWordsFrom(
	t: Translate,
	docs: readonly { id: string; label: string }[]
): CustomiseWords {
	return {
		problems: problemWordsFrom(t),
		preview: keepPlaceholders(t, 'school.page.preview'),
		docs: Object.fromEntries(docs.map((doc) => [doc.id, doc.label])),
		qrLabel: keepPlaceholders(t, 'print.qr.label'),
		qrTitle: t('site.getHelpNow'),
		qrScan: keepPlaceholders(t, 'print.qr.scan'),
	};
}
