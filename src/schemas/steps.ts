import { z } from 'astro/zod';
import { stepOrderProblems } from '../lib/steps';
import { reviewedSchema, sourceSchema } from './common';

/** One thing to do if someone is blackmailing you, as every page, sheet, slide and story shows it. */
export const stepSchema = z.strictObject({
	/**
	 * Stable id. `save-evidence` and `block` are required, and saving must come first: blocking can
	 * hide the chat on some apps, so usernames and links are noted before it.
	 */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The step as one short sentence, for example "Do not pay." Shown alone on the poster and slides. */
	title: z.string().min(5).max(60),
	/** One to three plain sentences a Year 7 pupil can read: what to do and why. */
	text: z.string().min(20).max(400),
});

/**
 * The "if it happens" steps in `content/data/steps.yaml`: the one copy that the advice page, the
 * leaflet, the poster, lesson slides, the help page and the practice story all render.
 */
export const stepsSchema = z
	.strictObject({
		/** Heading used where the steps stand alone, for example on the leaflet. */
		title: z.string().min(5).max(60),
		/** The steps, in the order a young person should take them. */
		steps: z.array(stepSchema).min(4).max(8),
		/** Where the advice was checked. At least one. */
		sources: z.array(sourceSchema).min(1),
		/** Date the steps were last checked against their sources. */
		lastReviewed: reviewedSchema,
	})
	.superRefine((data, ctx) => {
		for (const message of stepOrderProblems(data.steps.map((s) => s.id)))
			ctx.addIssue({ code: 'custom', message, path: ['steps'] });
	});

export type Step = z.infer<typeof stepSchema>;
export type StepsData = z.infer<typeof stepsSchema>;
