import { z } from 'astro/zod';
import { nationIds } from '../lib/nations';
import { reviewedSchema, sourceSchema } from './common';

export { nationIds, type NationId } from '../lib/nations';

/** A name with the source it was checked against and when. */
const checked = {
	/** Where this nation's words were checked. */
	source: sourceSchema,
	/** Date they were last checked against the source. */
	checked: reviewedSchema,
};

/**
 * One nation in `content/data/nations.yaml`: the words the kit uses for a school there. Every fact
 * comes from the kit's checked facts (help-routes.md, teaching.md), with its source and date.
 */
export const nationSchema = z.strictObject({
	/** One of `nationIds`. */
	id: z.enum(nationIds),
	/** The nation's name, as in "Written for schools in England". */
	name: z.string().min(5),
	/** The school's safeguarding lead. */
	lead: z.strictObject({
		/** The title in full, for example "Designated Safeguarding Lead". */
		title: z.string().min(5),
		/** Its short form in running text, for example "DSL". */
		short: z.string().min(2),
		/** The deputy's title on the help page and sheets, for example "Deputy Safeguarding Lead". */
		deputy: z.string().min(5),
		...checked,
	}),
	/** The guidance on nudes and semi-nudes (or child protection) a school there follows. */
	guidance: z.strictObject({
		/** Named in full in a sentence: 'the UKCIS advice "Sharing nudes and semi-nudes: …"'. */
		name: z.string().min(10),
		/** Named briefly, for example "the UKCIS advice". */
		short: z.string().min(5),
		/** Where to read it, when the facts give an address. */
		url: z.url({ protocol: /^https$/ }).optional(),
		...checked,
	}),
	/**
	 * What English year groups 7 to 13 are called there, matched by age (Scottish year groups do not
	 * line up exactly: the kit matches them by the pupils' ages and says so).
	 */
	years: z.strictObject({
		names: z
			.record(z.enum(['7', '8', '9', '10', '11', '12', '13']), z.string().min(2))
			.refine((names) => Object.keys(names).length === 7, 'must name years 7 to 13'),
		...checked,
	}),
	/**
	 * The nation's own help routes (ids in content/data/services.yaml), each shown beside a UK-wide
	 * route wherever that route is listed: Meic beside Childline, Lifeline beside Samaritans.
	 */
	services: z
		.array(
			z.strictObject({
				/** The nation's service. */
				id: z.string().regex(/^[a-z0-9-]+$/),
				/** The UK-wide service it is listed beside. */
				besides: z.string().regex(/^[a-z0-9-]+$/),
			})
		)
		.default([]),
	/** Where the lessons sit in the nation's curriculum, when the facts say: "PSHE and RSHE (DfE)". */
	curriculum: z.string().min(5).optional(),
	/**
	 * Whether England and Wales law applies: "Outcome 21" and the Sexual Offences Act 2003 s66B.
	 * Scotland and Northern Ireland have their own systems and offences.
	 */
	englandAndWalesLaw: z.boolean(),
});

export type Nation = z.infer<typeof nationSchema>;
