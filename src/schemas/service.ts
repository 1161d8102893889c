import { z } from 'astro/zod';
import { reviewedSchema, sourceSchema } from './common';

/**
 * The situations the help page groups routes by. `crisis` ("I feel like I might hurt myself") is the
 * group every page with help routes for a young person in trouble must show in full.
 */
export const situations = ['danger', 'crisis', 'blackmail', 'removal', 'adult', 'worried'] as const;
export type Situation = (typeof situations)[number];

/**
 * One help or reporting route in `content/data/services.yaml`: the only place a phone number or
 * help link is written. Every fact comes from the kit's checked facts, with its source.
 */
export const serviceSchema = z.strictObject({
	/** Stable id used by content, for example `childline`. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Name as the service writes it. */
	name: z.string().min(2),
	/** Short label for who can use it, for example "Under-19s". */
	forWhom: z.string().min(3),
	/** Age range served, where the service sets one. */
	ages: z
		.strictObject({ min: z.number().int().optional(), max: z.number().int().optional() })
		.optional(),
	/** What the service does, in one or two plain sentences. */
	what: z.string().min(10),
	/** What happens when you contact them, in plain words for a young person. */
	whatHappens: z.string().min(10).optional(),
	/** Phone number as it is written for people, for example "0800 1111". */
	phone: z
		.string()
		.regex(/^\d[\d ]+\d$/, 'write digits and spaces only, for example "0800 1111"')
		.optional(),
	/** A number to text, with the word to send, for example `{ number: "85258", word: "SHOUT" }`. */
	text: z
		.strictObject({
			/** The number to text, digits and spaces only. */
			number: z.string().regex(/^\d[\d ]*\d$/, 'write digits and spaces only, for example "85258"'),
			/** The word to send to start a conversation, when the service asks for one. */
			word: z.string().min(2).optional(),
		})
		.optional(),
	/** An email address, when the service gives one (POSH). */
	email: z.email().optional(),
	/** Web address of the service or its reporting form. */
	url: z.url({ protocol: /^https$/ }).optional(),
	/** Opening hours, when the service gives them, for example "Day or night, every day". */
	hours: z.string().optional(),
	/** Where the service works, for example "UK", "Wales" or "Worldwide". */
	region: z.string().min(2),
	/** Situations on the help page this route belongs to. */
	situations: z.array(z.enum(situations)).min(1),
	/** Where this fact was checked. */
	source: sourceSchema,
	/** Date the fact was last checked against its source. */
	checked: reviewedSchema,
	/** Anything the sources disagree on, shown to readers where it matters. */
	caveat: z.string().optional(),
});

export type Service = z.infer<typeof serviceSchema>;
