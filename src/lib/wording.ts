/**
 * The wording check: finds victim-blaming or scary phrases in content, using the rules kept in
 * content/data/wording.yaml. Pure, so it can be tested on invented sentences.
 */

export interface WordingRule {
	/** A case-insensitive regular expression. */
	pattern: string;
	/** Why the phrase is not allowed, and what to say instead. */
	why: string;
}

export interface WordingProblem {
	/** 1-based line of the match. */
	line: number;
	/** The matched words. */
	match: string;
	why: string;
}

/** Every match of every rule in the text, with its line. */
export function lintWording(text: string, rules: readonly WordingRule[]): WordingProblem[] {
	const problems: WordingProblem[] = [];
	for (const rule of rules) {
		for (const m of text.matchAll(new RegExp(rule.pattern, 'giu'))) {
			problems.push({
				line: text.slice(0, m.index).split('\n').length,
				match: m[0],
				why: rule.why,
			});
		}
	}
	return problems.sort((a, b) => a.line - b.line);
}
