/**
 * The school's own details as every page and printed sheet shows them: its name, its Designated
 * Safeguarding Lead (DSL) and deputies, its police force and a short note. They come from the school
 * profile (src/features/school/schema.ts, read at build time by src/features/school/profile.ts) or from the
 * "Make it your school's" page, where they never leave the browser.
 * Pure: used by the build and by that page's script alike.
 */
import { schoolLimits, staffLimits } from './limits';

/**
 * Control characters, and invisible characters that change how text runs or hides (bidi overrides,
 * zero-width characters): none of them belong on a printed leaflet.
 */
const UNPRINTABLE =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** One field as it will be printed: unprintable characters dropped, spaces tidied, trimmed, NFC. */
export function cleanField(value: unknown): string {
	if (typeof value !== 'string') return '';
	return value.normalize('NFC').replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

/** Cuts a cleaned value to `max` characters (whole code points, so no broken emoji or accents). */
export function clip(value: string, max: number): string {
	const chars = Array.from(value);
	return chars.length <= max ? value : chars.slice(0, max).join('').trimEnd();
}

import { isNationId, type NationId } from '../../lib/nations';

/**
 * What pupils are told wherever the school's own contacts would be, when none are given, with the
 * lead named in the nation's words (src/features/school/components/NoProfileAdvice.astro renders it as slots).
 */
export const noProfileAdvice = (leadFull: string): string =>
	`Talk to any adult at school you trust. They will take you to the ${leadFull}, the member of staff who keeps pupils safe.`;

/** A member of staff pupils can go to. */
export interface StaffLike {
	name: string;
	where: string;
	contact: string;
}

/** The profile's fields these helpers read (src/features/school/schema.ts has the whole schema). */
export interface ProfileLike {
	school: string;
	safeguardingLead: StaffLike;
	deputies: StaffLike[];
	policeForce: string;
	note?: string | undefined;
	nation?: NationId | undefined;
}

/** The deputies a profile may list, and so the deputy slots every fillable sheet has. */
export const maxDeputies = 3;

/** Someone to talk to at school, as the help page, the slides and the packs list them. */
export interface SchoolPerson extends StaffLike {
	role: string;
}

/** The lead first, then each deputy, with their role spelt out in the nation's words. */
export function schoolPeople(
	profile: ProfileLike,
	roles: { lead: string; deputy: string }
): SchoolPerson[] {
	return [
		{ role: roles.lead, ...profile.safeguardingLead },
		...profile.deputies.map((deputy) => ({ role: roles.deputy, ...deputy })),
	];
}

/**
 * What a signposting slide says under "Your school's DSL": each person and where to find them, or,
 * without a profile, that any adult at school can take you to them.
 */
export function dslSlideLines(profile: ProfileLike | undefined): string[] {
	if (!profile) return ['Any adult at school you trust will take you to them'];
	// An empty "where" prints the name alone, never a dangling "Name:".
	return [profile.safeguardingLead, ...profile.deputies].map((person) =>
		person.where ? `${person.name}: ${person.where}` : person.name
	);
}

/**
 * One value of a profile by its path (`school`, `safeguardingLead.name`, `deputies.1.where`), as the
 * sheets' `data-school-field` slots name it; '' when absent. A path to a part (`deputies.1`) gives
 * '1' when any of its text is filled in, so `data-school-when` can show or hide a whole person.
 */
export function profileValue(profile: ProfileLike | undefined, path: string): string {
	let value: unknown = profile;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return '';
		value = (value as Record<string, unknown>)[key];
	}
	if (typeof value === 'string') return value;
	if (value !== null && typeof value === 'object')
		return Object.values(value).some((part) => typeof part === 'string' && part !== '') ? '1' : '';
	return '';
}

/** A field's words in the strings files: `school.form.fields.<key>` (label, title, hint). */
export type SchoolFieldWords = 'school' | 'policeForce' | 'note' | 'name' | 'where' | 'contact';

/** One field of the "Make it your school's" form, named by its path in the profile. */
export interface SchoolFormField {
	path: string;
	/**
	 * Its words (./school-words.ts): the label beside the box, read with its group's legend; its
	 * title, the field named in full for error messages ("Safeguarding lead: name"); and its hint.
	 */
	words: SchoolFieldWords;
	/** Longest value the schema accepts, in characters (./limits.ts). */
	max: number;
	/** Required whenever its group is filled in. */
	required: boolean;
}

export interface SchoolFormGroup {
	id: string;
	/**
	 * Its words (./school-words.ts): `school.form.groups.<words>`, the legend, and for a member of
	 * staff's group `school.form.who.<words>`, whose fields they are; `{n}` is `n`.
	 */
	words: 'school' | 'dsl' | 'deputy';
	/** A deputy's number, from 1 (0 for the other groups). */
	n: number;
	/** The group may be left empty as a whole (the deputies). */
	optional: boolean;
	fields: SchoolFormField[];
}

function staffFields(prefix: string, required: boolean): SchoolFormField[] {
	return [
		{ path: `${prefix}.name`, words: 'name', max: staffLimits.name, required },
		{ path: `${prefix}.where`, words: 'where', max: staffLimits.where, required },
		{ path: `${prefix}.contact`, words: 'contact', max: staffLimits.contact, required },
	];
}

/** The form, group by group, with the schema's own limits (./limits.ts). */
export const schoolFormGroups: SchoolFormGroup[] = [
	{
		id: 'school',
		words: 'school',
		n: 0,
		optional: false,
		fields: [
			{ path: 'school', words: 'school', max: schoolLimits.school, required: true },
			{
				path: 'policeForce',
				words: 'policeForce',
				max: schoolLimits.policeForce,
				required: true,
			},
			{ path: 'note', words: 'note', max: schoolLimits.note, required: false },
		],
	},
	{
		id: 'dsl',
		words: 'dsl',
		n: 0,
		optional: false,
		fields: staffFields('safeguardingLead', true),
	},
	...Array.from({ length: maxDeputies }, (_, i) => ({
		id: `deputy-${i + 1}`,
		words: 'deputy' as const,
		n: i + 1,
		optional: true,
		fields: staffFields(`deputies.${i}`, true),
	})),
];

export const schoolFormFields: SchoolFormField[] = schoolFormGroups.flatMap((g) => g.fields);

/** What the form holds: each field's text by its path. */
export type SchoolForm = Record<string, string>;

/** The form's nation choice: its input's name, and '' for "not set". */
export const nationField = 'nation';

/**
 * Cleans and clips every field, dropping anything that is not one (kept copies, typed text); the
 * nation is one of the four or ''.
 */
export function tidyForm(input: Readonly<Record<string, unknown>>): SchoolForm {
	const nation = input[nationField];
	return {
		...Object.fromEntries(
			schoolFormFields.map((field) => [field.path, clip(cleanField(input[field.path]), field.max)])
		),
		[nationField]: isNationId(nation) ? nation : '',
	};
}

/** True when at least one field is filled in. */
export const hasAnyDetail = (form: SchoolForm): boolean =>
	schoolFormFields.some((field) => (form[field.path] ?? '') !== '');

/**
 * The profile as typed so far, for the preview: deputies whose three fields are all empty left out,
 * with `slots` saying which form group each listed deputy came from.
 */
export function draftProfile(form: SchoolForm): { profile: ProfileLike; slots: number[] } {
	const value = (path: string) => form[path] ?? '';
	const staff = (prefix: string): StaffLike => ({
		name: value(`${prefix}.name`),
		where: value(`${prefix}.where`),
		contact: value(`${prefix}.contact`),
	});
	const slots = Array.from({ length: maxDeputies }, (_, i) => i).filter((i) =>
		['name', 'where', 'contact'].some((key) => value(`deputies.${i}.${key}`) !== '')
	);
	const note = value('note');
	const nation = value(nationField);
	return {
		profile: {
			school: value('school'),
			safeguardingLead: staff('safeguardingLead'),
			deputies: slots.map((i) => staff(`deputies.${i}`)),
			policeForce: value('policeForce'),
			...(note ? { note } : {}),
			...(isNationId(nation) ? { nation } : {}),
		},
		slots,
	};
}

/** The form filled from a profile (the build's, or one kept on this computer). */
export function formOfProfile(profile: ProfileLike | undefined): SchoolForm {
	if (!profile) return tidyForm({});
	const paths: Record<string, string> = {
		school: profile.school,
		policeForce: profile.policeForce,
		note: profile.note ?? '',
		[nationField]: profile.nation ?? '',
	};
	for (const key of ['name', 'where', 'contact'] as const) {
		paths[`safeguardingLead.${key}`] = profile.safeguardingLead[key];
		profile.deputies.forEach((deputy, i) => (paths[`deputies.${i}.${key}`] = deputy[key]));
	}
	return tidyForm(paths);
}
