import { z } from 'astro/zod';

/** A published source a page or fact was checked against. */
export const sourceSchema = z.strictObject({
	/** Title of the page or document, as its publisher gives it. */
	title: z.string().min(3),
	/** Who published it, for example "National Crime Agency". */
	publisher: z.string().min(2).optional(),
	/** Public address of the source. Must be https. */
	url: z.url({ protocol: /^https$/ }).optional(),
});

/** Search keywords: what pupils, parents and teachers might type to find this page. */
export const keywordsSchema = z.array(z.string().min(2)).default([]);

/** The date a person last checked the content against its sources (YAML date, YYYY-MM-DD). */
export const reviewedSchema = z.coerce.date();

export type Source = z.infer<typeof sourceSchema>;
