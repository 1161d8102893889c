/**
 * Pure helpers for the pupil practice activities ("Real or fake?" and the branching story).
 * They take plain objects, so the schema, the pages, the browser script and unit tests share them.
 */

import type { Translate } from '../../i18n/strings';

/** The two answers a pupil can give to "Real or risky?". */
export type Verdict = 'real' | 'risky';

/**
 * Which kind of feedback a choice gets, so every answer is met kindly:
 * - `spotted`: chose risky, and it is risky;
 * - `missed`: chose real, but it is risky (easy to miss; look again);
 * - `confirmed`: chose real, and it is fine;
 * - `cautious`: chose risky, but it is fine (being careful is never wrong).
 */
export type FeedbackKind = 'spotted' | 'missed' | 'confirmed' | 'cautious';

/** The feedback kind for a pupil's choice on a card whose right answer is `answer`. */
export function feedbackKind(choice: Verdict, answer: Verdict): FeedbackKind {
	if (answer === 'risky') return choice === 'risky' ? 'spotted' : 'missed';
	return choice === 'real' ? 'confirmed' : 'cautious';
}

/**
 * How a profile shows its mutual friends, in the page's words (`practice.mutual` in the strings):
 * "No mutual friends", "1 mutual friend", "52 mutual friends".
 */
export function mutualLabel(count: number, t: Translate): string {
	const form = count === 0 ? 'none' : count === 1 ? 'one' : 'many';
	return t(`practice.mutual.${form}`, { count });
}

/** The `id` attribute of a story step's section; links between steps point at `#${stepAnchor(id)}`. */
export const stepAnchor = (id: string): string => `step-${id}`;

/** The `id` attribute of a "Real or fake?" card. */
export const cardAnchor = (id: string): string => `card-${id}`;

/**
 * The step a URL fragment points at ("#step-threat" -> "threat"), or undefined when the fragment
 * is empty or names something else (the skip link's "#main", for example).
 */
export function stepFromHash(hash: string, stepIds: readonly string[]): string | undefined {
	let fragment = hash.replace(/^#/, '');
	try {
		fragment = decodeURIComponent(fragment);
	} catch {
		return undefined;
	}
	return stepIds.find((id) => stepAnchor(id) === fragment);
}

/** The shape of a branching story that the graph checks need. */
export interface StoryGraph {
	/** Steps in page order; the first is where the story starts. */
	steps: readonly { id: string; choices: readonly { next: string }[] }[];
	/** The id of the ending every path must reach. */
	endingId: string;
}

/**
 * Every path from the first step to the ending, as lists of ids (ending included).
 * Stops following a path that loops back on itself; `storyProblems` reports the loop.
 */
export function storyPaths(story: StoryGraph): string[][] {
	const byId = new Map(story.steps.map((s) => [s.id, s]));
	const paths: string[][] = [];
	const walk = (id: string, trail: string[]) => {
		if (trail.includes(id)) return;
		const here = [...trail, id];
		if (id === story.endingId) {
			paths.push(here);
			return;
		}
		const step = byId.get(id);
		if (!step) return;
		for (const next of new Set(step.choices.map((c) => c.next))) walk(next, here);
	};
	const first = story.steps[0];
	if (first) walk(first.id, []);
	return paths;
}

/**
 * Problems with a branching story, as sentences for a build error; empty when all is well.
 * Checks: ids are unique; every choice leads to a step or the ending; no step can loop back to
 * itself; every step can be reached from the first; and every path to the ending shows between
 * `minSteps` and `maxSteps` parts (ending included), so no pupil gets a story that is too short or long.
 */
export function storyProblems(story: StoryGraph, minSteps = 4, maxSteps = 6): string[] {
	const problems: string[] = [];
	const ids = story.steps.map((s) => s.id);
	const first = ids[0];
	if (first === undefined) return ['the story has no steps'];

	const seen = new Set<string>();
	for (const id of [...ids, story.endingId]) {
		if (seen.has(id)) problems.push(`the id "${id}" is used more than once`);
		seen.add(id);
	}

	for (const step of story.steps) {
		for (const choice of step.choices) {
			if (!seen.has(choice.next)) {
				problems.push(
					`step "${step.id}" has a choice that leads to "${choice.next}", which does not exist`
				);
			}
		}
	}

	// Loops: a depth-first walk that meets a step already on its own trail.
	const byId = new Map(story.steps.map((s) => [s.id, s]));
	const loops = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (trail.includes(id)) {
			loops.add([...trail.slice(trail.indexOf(id)), id].join(' -> '));
			return;
		}
		for (const next of new Set(byId.get(id)?.choices.map((c) => c.next) ?? []))
			visit(next, [...trail, id]);
	};
	visit(first, []);
	for (const loop of loops) problems.push(`the story loops back on itself: ${loop}`);

	const paths = storyPaths(story);
	const reached = new Set(paths.flat());
	for (const id of ids) {
		if (!reached.has(id))
			problems.push(`step "${id}" cannot be reached from "${first}" or never leads to the ending`);
	}
	if (paths.length === 0)
		problems.push(`no path from "${first}" reaches the ending "${story.endingId}"`);
	for (const path of paths) {
		if (path.length < minSteps || path.length > maxSteps) {
			problems.push(
				`the path ${path.join(' -> ')} has ${path.length} parts; keep every path between ${minSteps} and ${maxSteps}`
			);
		}
	}
	return problems;
}

/** Ids in `used` that are not in `known`, in order of first use, for "unknown red flag" errors. */
export function unknownIds(used: readonly string[], known: readonly string[]): string[] {
	const allowed = new Set(known);
	return [...new Set(used.filter((id) => !allowed.has(id)))];
}

/** Ids that appear more than once, for "duplicate id" errors. */
export function duplicateIds(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
