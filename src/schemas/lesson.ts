import { z } from 'astro/zod';
import { keywordsSchema, reviewedSchema, sourceSchema } from './common';

/** Key stages the kit is written for (England and Wales). */
export const keyStages = ['KS3', 'KS4', 'post-16'] as const;
export type KeyStage = (typeof keyStages)[number];

/** Year groups in each key stage: KS3 = Years 7-9, KS4 = Years 10-11, post-16 = Years 12-13. */
export const yearsByKeyStage: Record<KeyStage, readonly number[]> = {
	KS3: [7, 8, 9],
	KS4: [10, 11],
	'post-16': [12, 13],
};

/**
 * Areas of the revised statutory RSHE guidance for England (DfE, July 2025; schools follow it from
 * September 2026) that the lessons teach, in plain words. They name the area, not the guidance's own
 * headings: quote a heading only once it has been checked against the guidance. The 2019 guidance
 * ("Online and media" and the rest) is superseded.
 */
export const rsheAreas = [
	'Online safety and harms',
	'Healthy and respectful relationships, including friendships',
	'Being safe, and getting help',
	'Intimate relationships, consent and the law',
] as const;

/** The eight strands of UKCIS "Education for a Connected World". */
export const connectedWorldStrands = [
	'Self-image and identity',
	'Online relationships',
	'Online reputation',
	'Online bullying',
	'Managing online information',
	'Health, wellbeing and lifestyle',
	'Privacy and security',
	'Copyright and ownership',
] as const;

/**
 * Frontmatter of a lesson in `content/lessons/*.mdx`. The body holds `<Activity minutes={n}>` blocks;
 * the lessons loader (src/loaders/lessons.ts) checks their minutes and the rest of the safeguarding
 * frame (question box, calm closing, signposting with 999 and 101).
 */
export const lessonSchema = z
	.strictObject({
		/** Lesson title as pupils see it on the first slide. */
		title: z.string().min(3),
		/** One or two sentences for the lesson list and search results. */
		summary: z.string().min(20).max(300),
		/** Position in the suggested teaching order (1 = first). */
		order: z.number().int().min(1),
		/** Key stages the lesson is written for. */
		keyStages: z.array(z.enum(keyStages)).min(1),
		/** Year groups (7-13) the lesson suits; each must belong to one of `keyStages`. */
		yearGroups: z.array(z.number().int().min(7).max(13)).min(1),
		/**
		 * The slot in minutes (a lesson period). The minutes of the body's activities not marked
		 * `optional` fill at most 90% of it; the rest is settling and moving between activities.
		 */
		duration: z.number().int().min(20).max(120),
		/** What the teacher intends pupils to learn ("To understand..."). At least one. */
		objectives: z.array(z.string().min(5)).min(1),
		/** What pupils will be able to do by the end ("I can..."). At least one. */
		outcomes: z.array(z.string().min(5)).min(1),
		/** Words people might search for; indexed with extra weight. */
		keywords: keywordsSchema,
		/** Curriculum links. */
		curriculum: z.strictObject({
			/**
			 * Areas of the DfE's revised statutory RSHE guidance for England (July 2025, followed from
			 * September 2026), named in plain words rather than quoted headings (`rsheAreas`).
			 */
			rshe: z.array(z.enum(rsheAreas)).min(1),
			/** Strands of UKCIS "Education for a Connected World". */
			connectedWorld: z.array(z.enum(connectedWorldStrands)).min(1),
		}),
		/** What the teacher needs: worksheets, sticky notes, a question box... Default: none. */
		resources: z.array(z.string().min(2)).default([]),
		/** Safeguarding notes the teacher must read before teaching. Required, at least one. */
		safeguarding: z.array(z.string().min(10)).min(1),
		/**
		 * Safeguarding frame: what to tell the class before the lesson day, so that nobody is taken
		 * by surprise and a pupil can speak to someone first. Required.
		 */
		advanceNotice: z.string().min(40),
		/**
		 * Safeguarding frame: a quiet alternative activity for a pupil who should not or would rather
		 * not take part, to agree with the DSL beforehand. Required.
		 */
		quietAlternative: z.string().min(40),
		/** Sources the lesson's facts and advice were checked against. At least one. */
		sources: z.array(sourceSchema).min(1),
		/** Date the lesson was last reviewed. */
		lastReviewed: reviewedSchema,
	})
	.superRefine((lesson, ctx) => {
		const allowed = new Set(lesson.keyStages.flatMap((ks) => yearsByKeyStage[ks]));
		for (const [i, year] of lesson.yearGroups.entries()) {
			if (!allowed.has(year)) {
				ctx.addIssue({
					code: 'custom',
					path: ['yearGroups', i],
					message: `Year ${year} is not in the key stages listed (${lesson.keyStages.join(', ')})`,
				});
			}
		}
	});

export type LessonData = z.infer<typeof lessonSchema>;
