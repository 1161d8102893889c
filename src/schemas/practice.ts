import { z } from 'astro/zod';
import { duplicateIds, storyProblems, unknownIds } from '../features/practice/practice';
import { keywordsSchema, reviewedSchema, sourceSchema } from './common';

/** A short id used in anchors and references: lower case letters, digits and hyphens. */
const idSchema = z.string().regex(/^[a-z0-9-]+$/);

/** One message in an invented chat. Plain text, never graphic. */
export const chatLineSchema = z.strictObject({
	/** Who sends it: `them` (the other account) or `me` (the pupil, or the story's character). */
	from: z.enum(['them', 'me']),
	/** The message as it appears in the chat. */
	text: z.string().min(1).max(200),
});

/** An invented profile, as a friend or follow request shows it. */
export const profileSchema = z.strictObject({
	/** Display name on the profile (invented). */
	name: z.string().min(2).max(40),
	/** Short bio, as the profile shows it. */
	bio: z.string().min(2).max(120),
	/** Number of mutual friends the app shows. */
	mutualFriends: z.number().int().min(0),
	/** Who those mutual friends are, in one short sentence, for example "Most are in your year". */
	mutualNote: z.string().min(5).max(160).optional(),
});

/** One red flag from the kit's advice facts, shown by id on the cards. */
export const redFlagSchema = z.strictObject({
	/** Stable id that cards use in `flags`. */
	id: idSchema,
	/** The red flag in plain words a Year 7 pupil can read. */
	label: z.string().min(5).max(140),
});

/** One friend request or opening chat in "Real or fake?". */
export const practiceCardSchema = z.strictObject({
	/** Stable id, used for the card's anchor and to pair its two answers. */
	id: idSchema,
	/** The profile the request comes from. */
	profile: profileSchema,
	/** What the pupil already knows, in one or two short sentences. */
	situation: z.string().min(10).max(200),
	/** The opening messages, in order. */
	messages: z.array(chatLineSchema).min(1).max(6),
	/** The answer the feedback leads to: `real` (fine) or `risky`. */
	answer: z.enum(['real', 'risky']),
	/** Why, in one to three short sentences, kindly. */
	explanation: z.string().min(20).max(400),
	/** Ids of the red flags this card shows; at least one on a risky card, none on a real one. */
	flags: z.array(idSchema).default([]),
	/** Signs that a request is fine; at least one on a real card. */
	goodSigns: z.array(z.string().min(5)).default([]),
	/** One thing to do, in a short sentence. */
	tip: z.string().min(10).max(200),
});

/** "Real or fake?": spot the red flags in invented friend requests and chats. */
export const spotActivitySchema = z.strictObject({
	/** Which kind of activity this file holds. */
	kind: z.literal('spot'),
	/** Page heading (h1). */
	title: z.string().min(3),
	/** One or two sentences for the practice list and search results. */
	summary: z.string().min(20).max(300),
	/** Position on the practice page (1 = first). */
	order: z.number().int().min(1),
	/** Opening paragraphs: what to do and that nothing is saved. */
	intro: z.array(z.string().min(10)).min(1),
	/** The question under every card, for example "Real or risky?". */
	question: z.string().min(5),
	/** Button words for the two answers. */
	choices: z.strictObject({
		/** Words for "this is fine". */
		real: z.string().min(2),
		/** Words for "this is risky". */
		risky: z.string().min(2),
	}),
	/** The first line of feedback for each kind of answer (see `feedbackKind` in src/features/practice/practice.ts). */
	openers: z.strictObject({
		/** Chose risky, and it is risky. */
		spotted: z.string().min(5),
		/** Chose real, but it is risky: kind, never "wrong". */
		missed: z.string().min(5),
		/** Chose real, and it is fine. */
		confirmed: z.string().min(5),
		/** Chose risky, but it is fine: being careful is good. */
		cautious: z.string().min(5),
	}),
	/** Every red flag the cards may name, from the kit's advice facts. */
	redFlags: z.array(redFlagSchema).min(1),
	/** The requests, 5 or 6; at least one real and one risky. */
	cards: z.array(practiceCardSchema).min(5).max(6),
	/** Closing advice after the cards. */
	outro: z.strictObject({
		/** Heading of the closing section. */
		title: z.string().min(3),
		/** Short points, one line each. */
		points: z.array(z.string().min(5)).min(2),
		/** A last line of reassurance ("it is never your fault"). */
		reassurance: z.string().min(10),
	}),
	/** Words people might search for; indexed with extra weight. */
	keywords: keywordsSchema,
	/** Sources the advice was checked against. At least one. */
	sources: z.array(sourceSchema).min(1),
	/** Date the activity was last reviewed. */
	lastReviewed: reviewedSchema,
});

/** One answer a pupil can pick at a step of the story. */
export const storyChoiceSchema = z.strictObject({
	/** What the character could do, short. */
	label: z.string().min(3).max(120),
	/** Kind, non-judgemental feedback on this choice. */
	feedback: z.string().min(20).max(500),
	/** Id of the step (or the ending) this choice leads to. */
	next: idSchema,
});

/** One step of the branching story. */
export const storyStepSchema = z.strictObject({
	/** Stable id, used for the step's anchor and in `next`. */
	id: idSchema,
	/** Heading of the step. */
	title: z.string().min(3).max(80),
	/** What happens, in short paragraphs. */
	story: z.array(z.string().min(5)).min(1),
	/** Messages the character sees at this step, if any. */
	messages: z.array(chatLineSchema).default([]),
	/** The question, for example "What could Anya do?". */
	question: z.string().min(5),
	/** Two or three things the character could do. */
	choices: z.array(storyChoiceSchema).min(2).max(3),
});

/** "Too good to be true?": a branching story with an invented character. */
export const storyActivitySchema = z.strictObject({
	/** Which kind of activity this file holds. */
	kind: z.literal('story'),
	/** Page heading (h1). */
	title: z.string().min(3),
	/** One or two sentences for the practice list and search results. */
	summary: z.string().min(20).max(300),
	/** Position on the practice page (1 = first). */
	order: z.number().int().min(1),
	/** The invented character. */
	character: z.strictObject({
		/** First name. */
		name: z.string().min(2),
		/** Age in years (secondary-school age). */
		age: z.number().int().min(11).max(18),
	}),
	/** The name the other account shows in the chats, for example "Jordan". */
	contact: z.string().min(2).max(40),
	/** Opening paragraphs: who the character is, how it works, and that nothing is saved. */
	intro: z.array(z.string().min(10)).min(1),
	/** The steps in page order; the first is where the story starts. */
	steps: z.array(storyStepSchema).min(4).max(8),
	/** Where every path ends: what to do, and that it is not your fault. */
	ending: z.strictObject({
		/** Stable id, the `next` of the last choices. */
		id: idSchema,
		/** Heading of the ending. */
		title: z.string().min(3).max(80),
		/** Short paragraphs before the list of actions. */
		story: z.array(z.string().min(5)).min(1),
		/**
		 * Heading above the steps. The steps themselves are the kit's one copy, from
		 * content/data/steps.yaml, so the story can never teach them in another order.
		 */
		actionsTitle: z.string().min(3),
		/** Closing lines: it is not your fault, you are not alone. */
		reassurance: z.array(z.string().min(10)).min(2),
	}),
	/** Words people might search for; indexed with extra weight. */
	keywords: keywordsSchema,
	/** Sources the advice was checked against. At least one. */
	sources: z.array(sourceSchema).min(1),
	/** Date the activity was last reviewed. */
	lastReviewed: reviewedSchema,
});

/** A file in `content/practice/`: one activity, told apart by `kind`. Cross-references are checked. */
export const practiceSchema = z
	.discriminatedUnion('kind', [spotActivitySchema, storyActivitySchema])
	.superRefine((activity, ctx) => {
		const problem = (message: string, path: (string | number)[]) =>
			ctx.addIssue({ code: 'custom', message, path });
		if (activity.kind === 'spot') {
			for (const id of duplicateIds(activity.redFlags.map((f) => f.id)))
				problem(`red flag id "${id}" is used twice`, ['redFlags']);
			for (const id of duplicateIds(activity.cards.map((c) => c.id)))
				problem(`card id "${id}" is used twice`, ['cards']);
			const known = activity.redFlags.map((f) => f.id);
			for (const [i, card] of activity.cards.entries()) {
				for (const id of unknownIds(card.flags, known))
					problem(`unknown red flag "${id}" (add it to redFlags)`, ['cards', i, 'flags']);
				if (card.answer === 'risky' && card.flags.length === 0)
					problem('a risky card needs at least one red flag', ['cards', i, 'flags']);
				if (card.answer === 'real' && card.flags.length > 0)
					problem('a real card has no red flags', ['cards', i, 'flags']);
				if (card.answer === 'real' && card.goodSigns.length === 0)
					problem('a real card needs at least one good sign', ['cards', i, 'goodSigns']);
			}
			for (const answer of ['real', 'risky'] as const) {
				if (!activity.cards.some((c) => c.answer === answer))
					problem(`include at least one ${answer} card, so it is not all one answer`, ['cards']);
			}
		} else {
			for (const message of storyProblems({ steps: activity.steps, endingId: activity.ending.id }))
				problem(message, ['steps']);
		}
	});

export type PracticeData = z.infer<typeof practiceSchema>;
export type SpotActivity = z.infer<typeof spotActivitySchema>;
export type StoryActivity = z.infer<typeof storyActivitySchema>;
export type PracticeCard = z.infer<typeof practiceCardSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type ChatLine = z.infer<typeof chatLineSchema>;
