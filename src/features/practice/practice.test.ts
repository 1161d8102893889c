import { describe, expect, it } from 'vitest';
import {
	cardAnchor,
	duplicateIds,
	feedbackKind,
	mutualLabel,
	stepAnchor,
	stepFromHash,
	storyPaths,
	storyProblems,
	unknownIds,
	type StoryGraph,
} from './practice';
import { strings } from '../../i18n/strings';

/** A story step with choices leading to `next` ids. */
const step = (id: string, ...next: string[]) => ({ id, choices: next.map((n) => ({ next: n })) });

/** a -> b -> c -> (d | end); d -> end: paths of 4 and 5 parts. */
const good: StoryGraph = {
	steps: [step('a', 'b', 'b'), step('b', 'c'), step('c', 'd', 'end'), step('d', 'end', 'end')],
	endingId: 'end',
};

describe('feedbackKind', () => {
	it('meets every answer kindly, by whether the card is risky', () => {
		expect(feedbackKind('risky', 'risky')).toBe('spotted');
		expect(feedbackKind('real', 'risky')).toBe('missed');
		expect(feedbackKind('real', 'real')).toBe('confirmed');
		expect(feedbackKind('risky', 'real')).toBe('cautious');
	});
});

describe('mutualLabel', () => {
	it('says none, one or many in plain words', () => {
		const t = strings('en');
		expect(mutualLabel(0, t)).toBe('No mutual friends');
		expect(mutualLabel(1, t)).toBe('1 mutual friend');
		expect(mutualLabel(52, t)).toBe('52 mutual friends');
	});
});

describe('anchors', () => {
	it('prefix ids so they never clash with page ids such as "main"', () => {
		expect(stepAnchor('threat')).toBe('step-threat');
		expect(cardAnchor('ella')).toBe('card-ella');
	});
});

describe('stepFromHash', () => {
	const ids = ['new-follower', 'threat', 'what-to-do'];

	it('finds the step a fragment points at', () => {
		expect(stepFromHash('#step-threat', ids)).toBe('threat');
		expect(stepFromHash('step-what-to-do', ids)).toBe('what-to-do');
	});

	it('decodes an encoded fragment', () => {
		expect(stepFromHash('#step%2Dthreat', ids)).toBe('threat');
	});

	it('ignores an empty fragment and fragments for anything else, like the skip link', () => {
		expect(stepFromHash('', ids)).toBeUndefined();
		expect(stepFromHash('#', ids)).toBeUndefined();
		expect(stepFromHash('#main', ids)).toBeUndefined();
		expect(stepFromHash('#threat', ids)).toBeUndefined();
		expect(stepFromHash('#step-nope', ids)).toBeUndefined();
	});

	it('ignores a malformed fragment instead of throwing', () => {
		expect(stepFromHash('#%E0%A4%A', ids)).toBeUndefined();
	});
});

describe('storyPaths', () => {
	it('lists every path from the first step to the ending', () => {
		expect(storyPaths(good)).toEqual([
			['a', 'b', 'c', 'd', 'end'],
			['a', 'b', 'c', 'end'],
		]);
	});

	it('does not follow a loop forever', () => {
		const looped = { steps: [step('a', 'b'), step('b', 'a', 'end')], endingId: 'end' };
		expect(storyPaths(looped)).toEqual([['a', 'b', 'end']]);
	});
});

describe('storyProblems', () => {
	it('passes a story whose paths are 4 to 6 parts long', () => {
		expect(storyProblems(good)).toEqual([]);
	});

	it('names a choice that leads nowhere', () => {
		const broken = { ...good, steps: [...good.steps.slice(0, 3), step('d', 'edn', 'end')] };
		expect(storyProblems(broken)).toContain(
			'step "d" has a choice that leads to "edn", which does not exist'
		);
	});

	it('names a step nobody can reach', () => {
		const extra = { ...good, steps: [...good.steps, step('lost', 'end')] };
		expect(storyProblems(extra)).toContain(
			'step "lost" cannot be reached from "a" or never leads to the ending'
		);
	});

	it('names a loop', () => {
		const looped = {
			steps: [step('a', 'b'), step('b', 'c'), step('c', 'a', 'd'), step('d', 'end')],
			endingId: 'end',
		};
		expect(storyProblems(looped)).toContain('the story loops back on itself: a -> b -> c -> a');
	});

	it('names a repeated id, including one that clashes with the ending', () => {
		const twice = { steps: [...good.steps, step('end', 'a')], endingId: 'end' };
		expect(storyProblems(twice)).toContain('the id "end" is used more than once');
	});

	it('names a path that is too short or too long', () => {
		const short = { steps: [step('a', 'b'), step('b', 'end')], endingId: 'end' };
		expect(storyProblems(short)).toEqual([
			'the path a -> b -> end has 3 parts; keep every path between 4 and 6',
		]);
		const long = {
			steps: [
				step('a', 'b'),
				step('b', 'c'),
				step('c', 'd'),
				step('d', 'e'),
				step('e', 'f'),
				step('f', 'end'),
			],
			endingId: 'end',
		};
		expect(storyProblems(long)).toEqual([
			'the path a -> b -> c -> d -> e -> f -> end has 7 parts; keep every path between 4 and 6',
		]);
	});

	it('names a story that never reaches its ending', () => {
		const stuck = { steps: [step('a', 'b'), step('b', 'a')], endingId: 'end' };
		const problems = storyProblems(stuck);
		expect(problems).toContain('no path from "a" reaches the ending "end"');
		expect(problems.some((p) => p.startsWith('the story loops back on itself'))).toBe(true);
	});

	it('says so when there are no steps', () => {
		expect(storyProblems({ steps: [], endingId: 'end' })).toEqual(['the story has no steps']);
	});
});

describe('unknownIds and duplicateIds', () => {
	it('list each offending id once, in order', () => {
		expect(unknownIds(['stranger', 'typo', 'rushing', 'typo'], ['stranger', 'rushing'])).toEqual([
			'typo',
		]);
		expect(unknownIds([], ['stranger'])).toEqual([]);
		expect(duplicateIds(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual(['a', 'b']);
		expect(duplicateIds(['a', 'b'])).toEqual([]);
	});
});
