import { z } from 'astro/zod';
import { nationIds } from '../../lib/nations';
import { schoolLimits, staffLimits } from './limits';
import { cleanField } from './school';

/**
 * The problems the schema finds, by key. An issue's message is its key, and its words are
 * `school.problems.<key>` in the strings files (src/features/school/school-words.ts fills them in), so
 * the build's errors about school.yaml and the customise page's say the same in the page's language;
 * the rules themselves live here alone. A `tooLong` issue carries its limit as `params.max`.
 */
export const profileProblemKeys = [
	'notText',
	'empty',
	'tooLong',
	'tooManyDeputies',
	'notNation',
] as const;
export type ProfileProblemKey = (typeof profileProblemKeys)[number];

/**
 * A line of the profile as it will be printed: tidied (src/features/school/school.ts `cleanField`), then not
 * empty and short enough for its box on the leaflet and poster. Each line's limit is in ./limits.ts.
 */
const line = (max: number) =>
	z
		.string({ message: 'notText' satisfies ProfileProblemKey })
		.transform(cleanField)
		.pipe(
			z
				.string()
				.min(1, 'empty' satisfies ProfileProblemKey)
				.refine((value) => Array.from(value).length <= max, {
					message: 'tooLong' satisfies ProfileProblemKey,
					params: { max },
				})
		);

/** A member of staff pupils can go to. */
export const staffContactSchema = z.strictObject({
	/** Their name as pupils know it, for example "Ms A. Khan". */
	name: line(staffLimits.name),
	/** Where to find them, for example "Room 12, by the library". */
	where: line(staffLimits.where),
	/** How to contact them, for example "Ask at the school office". */
	contact: line(staffLimits.contact),
});

/**
 * The school profile (`school.yaml` at the project root, or the file SCHOOL_PROFILE names): the
 * school's own details, shown on the leaflet, the poster, the help and offline pages and every
 * lesson's signposting. The customise page checks what staff type against the same schema.
 */
export const schoolProfileSchema = z.strictObject({
	/** The school's name, for example "Riverside Academy". */
	school: line(schoolLimits.school),
	/** The Designated Safeguarding Lead (DSL). */
	safeguardingLead: staffContactSchema,
	/** The deputy DSLs, none to three. */
	deputies: z
		.array(staffContactSchema)
		.max(3, 'tooManyDeputies' satisfies ProfileProblemKey)
		.default([]),
	/** The local police force's name, for example "Cleveland Police". */
	policeForce: line(schoolLimits.policeForce),
	/** Optional: one short local note, such as when the school nurse or counsellor is in. */
	note: line(schoolLimits.note).optional(),
	/**
	 * Optional: the school's nation (content/data/nations.yaml). It chooses the lead's title, the
	 * guidance named, year-group names, the nation's own help routes and the law's wording. Without
	 * it the kit uses words that are true in all four nations.
	 */
	nation: z.enum(nationIds, { message: 'notNation' satisfies ProfileProblemKey }).optional(),
});

export type SchoolProfile = z.infer<typeof schoolProfileSchema>;
export type StaffContact = z.infer<typeof staffContactSchema>;
