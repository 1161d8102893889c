/**
 * A school's own details as the leaflet's box shows them: its name, its Designated Safeguarding Lead
 * (DSL) and where to find them, and its local police force. They come from the school profile
 * (src/schemas/school.ts, read at build time by src/site/school-profile.ts) or from the customise
 * page, where they never leave the browser.
 * Pure: used by the build and by the customise page's script alike.
 */

export const schoolFieldKeys = ['schoolName', 'dslName', 'dslContact', 'policeForce'] as const;
export type SchoolField = (typeof schoolFieldKeys)[number];

/** The details as printed; an empty string means "not given" and prints a line to write on. */
export type SchoolDetails = Record<SchoolField, string>;

export interface SchoolFieldInfo {
	/** Form label on the customise page. */
	label: string;
	/** Longest value that still fits its box on the leaflet, in characters. */
	max: number;
	/** Example shown as a hint under the field. */
	hint: string;
}

export const schoolFields: Record<SchoolField, SchoolFieldInfo> = {
	schoolName: {
		label: 'School name',
		max: 60,
		hint: 'For example: Riverside Academy',
	},
	dslName: {
		label: 'Designated Safeguarding Lead (name)',
		max: 40,
		hint: 'For example: Ms A. Khan',
	},
	dslContact: {
		label: 'Where to find them',
		max: 60,
		hint: 'For example: Room 12, or the school office',
	},
	policeForce: {
		label: 'Local police force (optional)',
		max: 40,
		hint: 'For example: Cleveland Police',
	},
};

export const emptySchool: SchoolDetails = {
	schoolName: '',
	dslName: '',
	dslContact: '',
	policeForce: '',
};

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

/** Cleans and clips every field, for the customise page where people are still typing. */
export function tidySchool(input: Partial<Record<SchoolField, unknown>>): SchoolDetails {
	const out = { ...emptySchool };
	for (const key of schoolFieldKeys) out[key] = clip(cleanField(input[key]), schoolFields[key].max);
	return out;
}

/** True when at least one detail is filled in. */
export const hasSchoolDetails = (details: SchoolDetails): boolean =>
	schoolFieldKeys.some((key) => details[key] !== '');

/** What pupils are told wherever the school's own contacts would be, when none are given. */
export const noProfileAdvice =
	'Talk to any adult at school you trust. They will take you to the Designated Safeguarding Lead (DSL), the member of staff who keeps pupils safe.';

/** Someone to talk to at school, as the help page, the slides and the packs list them. */
export interface SchoolPerson {
	role: string;
	name: string;
	where: string;
	contact: string;
}

/** The profile's fields these helpers read (src/schemas/school.ts has the whole schema). */
interface ProfileLike {
	school: string;
	safeguardingLead: { name: string; where: string; contact: string };
	deputies: { name: string; where: string; contact: string }[];
	policeForce: string;
	note?: string | undefined;
}

/** The leaflet box's details from a profile; no profile gives empty details (the box says what to do). */
export function leafletDetails(profile: ProfileLike | undefined): SchoolDetails {
	if (!profile) return { ...emptySchool };
	return tidySchool({
		schoolName: profile.school,
		dslName: profile.safeguardingLead.name,
		dslContact: profile.safeguardingLead.where,
		policeForce: profile.policeForce,
	});
}

/** The DSL first, then each deputy, with their role spelt out. */
export function schoolPeople(profile: ProfileLike): SchoolPerson[] {
	return [
		{ role: 'Designated Safeguarding Lead', ...profile.safeguardingLead },
		...profile.deputies.map((deputy) => ({ role: 'Deputy Safeguarding Lead', ...deputy })),
	];
}

/**
 * What a signposting slide says under "Your school's DSL": each person and where to find them, or,
 * without a profile, that any adult at school can take you to them.
 */
export function dslSlideLines(profile: ProfileLike | undefined): string[] {
	if (!profile) return ['Any adult at school you trust will take you to them'];
	return schoolPeople(profile).map((person) => `${person.name}: ${person.where}`);
}
