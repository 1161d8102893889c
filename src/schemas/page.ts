import { z } from 'astro/zod';
import { keywordsSchema, reviewedSchema, sourceSchema } from './common';

/** Who a page is written for. */
export const audiences = ['pupils', 'parents', 'teachers'] as const;
export type Audience = (typeof audiences)[number];

/**
 * Frontmatter of an advice page (`content/advice/*.mdx`) or a guide
 * (`content/guides/*.mdx`, the parents' and teachers' pages).
 */
export const pageSchema = z.strictObject({
	/** Page heading (h1). */
	title: z.string().min(3),
	/** One or two sentences for lists and search results. */
	summary: z.string().min(20).max(300),
	/** Who the page is written for; pupil and parent pages get the quick exit button. */
	audience: z.enum(audiences),
	/** Position in lists (1 = first). Default: 100. */
	order: z.number().int().min(1).default(100),
	/** Words people might search for; indexed with extra weight. */
	keywords: keywordsSchema,
	/** Sources the page's facts and advice were checked against. At least one. */
	sources: z.array(sourceSchema).min(1),
	/** Date the page was last reviewed. */
	lastReviewed: reviewedSchema,
});

export type PageData = z.infer<typeof pageSchema>;
