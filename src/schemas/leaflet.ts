import { z } from 'astro/zod';
import { keywordsSchema, reviewedSchema, sourceSchema } from './common';

/**
 * Frontmatter of a printed sheet in `content/leaflet/*.mdx`: the two-page leaflet (`leaflet.mdx`) and
 * the A4 poster (`poster.mdx`). The body uses the print components in `src/features/print/sheet/`.
 */
export const leafletSchema = z.strictObject({
	/** Short line above the title, for example who the sheet is for. */
	kicker: z.string().min(3).max(60).optional(),
	/** Title printed at the top; also the PDF's title. */
	title: z.string().min(3).max(60),
	/** Line printed under the title. */
	subtitle: z.string().min(3).max(100).optional(),
	/** One or two sentences: the page description and the PDF's subject. */
	summary: z.string().min(20).max(300),
	/** Words people might search for; also the PDF's keywords. */
	keywords: keywordsSchema,
	/**
	 * A letter: a letterhead above the title, with the school's name (from the school profile, when
	 * given) and a date line to write on. Default: false.
	 */
	letterhead: z.boolean().default(false),
	/**
	 * Who reads the sheet: `pupils` (the default: the leaflet, poster, signposting sheet), `staff` (the
	 * first-hour guide) or `parents` (the letter). Text for pupils gets the safe-messaging check.
	 */
	audience: z.enum(['pupils', 'staff', 'parents']).default('pupils'),
	/**
	 * The masthead: `rule` (the default: dark title over a heavy rule) or `band` (white title on a
	 * dark band, for the poster, which must be seen from along a corridor).
	 */
	masthead: z.enum(['rule', 'band']).default('rule'),
	/** A4 pages the layout fills exactly; the build fails if the printed PDF has more or fewer. */
	pages: z.number().int().min(1).max(4),
	/** Sources the text's facts and advice were checked against. At least one. */
	sources: z.array(sourceSchema).min(1),
	/** Date the text was last reviewed. */
	lastReviewed: reviewedSchema,
});

export type LeafletData = z.infer<typeof leafletSchema>;
