import { z } from 'astro/zod';
import { keywordsSchema, reviewedSchema, sourceSchema } from './common';

/** Who a talk is given to: school staff (the `teachers` audience of search) or parents and carers. */
export const talkAudiences = ['teachers', 'parents'] as const;
export type TalkAudience = (typeof talkAudiences)[number];

/**
 * Frontmatter of a talk in `content/talks/*.mdx`: a briefing presented to adults (a staff meeting, a
 * parents' evening) with the lessons' machinery: slides, notes, presenter view, printed pack and
 * slide exports. The body holds `<Activity minutes={n}>` blocks whose minutes add up to `duration`,
 * ending with where to get help (src/loaders/talks.ts).
 */
export const talkSchema = z.strictObject({
	/** Title of the talk, also its first slide. */
	title: z.string().min(3),
	/** One or two sentences for lists, search results and the title slide. */
	summary: z.string().min(20).max(300),
	/** Position in lists of talks (1 = first). */
	order: z.number().int().min(1),
	/** Who the talk is for: `teachers` (all school staff) or `parents` (parents and carers). */
	audience: z.enum(talkAudiences),
	/** Who gives it, for example "The Designated Safeguarding Lead (DSL)". */
	presenter: z.string().min(3).max(120),
	/**
	 * The slot in minutes. The minutes of the body's activities not marked `optional` fill at most
	 * 90% of it, and at least 15% of it (4 minutes or more) is an `<Activity kind="questions">`.
	 */
	duration: z.number().int().min(10).max(90),
	/** What the talk sets out to do, shown on the "Today we will…" slide. At least one. */
	objectives: z.array(z.string().min(5)).min(1),
	/** What the audience can do afterwards ("You will be able to…"). At least one. */
	outcomes: z.array(z.string().min(5)).min(1),
	/** Words people might search for; indexed with extra weight. */
	keywords: keywordsSchema,
	/** What the presenter needs: copies of a sheet, a screen… Default: none. */
	resources: z.array(z.string().min(2)).default([]),
	/**
	 * Notes the presenter reads before giving the talk: safeguarding (someone in the room may be
	 * affected), how to handle questions, what to prepare. Shown on the talk's page and in the
	 * presenter view. At least one.
	 */
	presenterNotes: z.array(z.string().min(10)).min(1),
	/** Sources the talk's facts and advice were checked against. At least one. */
	sources: z.array(sourceSchema).min(1),
	/** Date the talk was last reviewed. */
	lastReviewed: reviewedSchema,
});

export type TalkData = z.infer<typeof talkSchema>;
