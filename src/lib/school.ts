/**
 * A school's own details for the leaflet: its name, its Designated Safeguarding Lead (DSL) and how to
 * reach them, and optionally its local police force. They come from build-time settings (SCHOOL_*,
 * read by src/site/settings.ts, for a school that builds its own copy) or from the customise page,
 * where they never leave the browser.
 * Pure: used by the build and by the customise page's script alike.
 */

export const schoolFieldKeys = ['schoolName', 'dslName', 'dslContact', 'policeForce'] as const;
export type SchoolField = (typeof schoolFieldKeys)[number];

/** The details as printed; an empty string means "not given" and prints a line to write on. */
export type SchoolDetails = Record<SchoolField, string>;

export interface SchoolFieldInfo {
	/** Environment variable that sets it at build time. */
	env: string;
	/** Form label on the customise page. */
	label: string;
	/** Longest value that still fits its box on the leaflet, in characters. */
	max: number;
	/** Example shown as a hint under the field. */
	hint: string;
}

export const schoolFields: Record<SchoolField, SchoolFieldInfo> = {
	schoolName: {
		env: 'SCHOOL_NAME',
		label: 'School name',
		max: 60,
		hint: 'For example: Riverside Academy',
	},
	dslName: {
		env: 'SCHOOL_DSL_NAME',
		label: 'Designated Safeguarding Lead (name)',
		max: 40,
		hint: 'For example: Ms A. Khan',
	},
	dslContact: {
		env: 'SCHOOL_DSL_CONTACT',
		label: 'How to reach them',
		max: 60,
		hint: 'For example: Room 12, or the school office',
	},
	policeForce: {
		env: 'SCHOOL_POLICE_FORCE',
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
