import { z } from 'astro/zod';
import { cleanField } from './school';

/**
 * A line of the profile as it will be printed: tidied (src/features/school/school.ts `cleanField`), then not
 * empty and short enough for its box on the leaflet and poster.
 */
const line = (max: number) =>
	z
		.string({ message: 'must be text' })
		.transform(cleanField)
		.pipe(
			z
				.string()
				.min(1, 'must not be empty')
				.refine((value) => Array.from(value).length <= max, {
					message: `must be at most ${max} characters: the leaflet has no room for more`,
				})
		);

/** A member of staff pupils can go to. */
export const staffContactSchema = z.strictObject({
	/** Their name as pupils know it, for example "Ms A. Khan". At most 40 characters. */
	name: line(40),
	/** Where to find them, for example "Room 12, by the library". At most 60 characters. */
	where: line(60),
	/** How to contact them, for example "Ask at the school office". At most 80 characters. */
	contact: line(80),
});

/**
 * The school profile (`school.yaml` at the project root, or the file SCHOOL_PROFILE names): the
 * school's own details, shown on the leaflet, the poster, the help and offline pages and every
 * lesson's signposting. The customise page checks what staff type against the same schema.
 */
export const schoolProfileSchema = z.strictObject({
	/** The school's name, for example "Riverside Academy". At most 60 characters. */
	school: line(60),
	/** The Designated Safeguarding Lead (DSL). */
	safeguardingLead: staffContactSchema,
	/** The deputy DSLs, none to three. */
	deputies: z.array(staffContactSchema).max(3, 'must list three deputies at most').default([]),
	/** The local police force's name, for example "Cleveland Police". At most 40 characters. */
	policeForce: line(40),
	/** Optional: one short local note, such as when the school nurse or counsellor is in. At most 160 characters. */
	note: line(160).optional(),
});

export type SchoolProfile = z.infer<typeof schoolProfileSchema>;
export type StaffContact = z.infer<typeof staffContactSchema>;
