import { z } from 'astro/zod';

/** One glossary entry in `content/data/glossary.yaml`, linked from content with `<Term id="...">`. */
export const glossarySchema = z.strictObject({
	/** Stable id used in `<Term id>` and as the `#fragment` on the glossary page. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The word or phrase as it is written. */
	term: z.string().min(2),
	/** A plain-English definition a Year 7 pupil can read. */
	definition: z.string().min(10),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
