/**
 * Keeps the "if it happens" steps in one place (content/data/steps.yaml) and in one order: save the
 * evidence first, then block, because blocking can hide the chat on some apps. The steps schema
 * checks the data; the content loaders check that no MDX file writes the steps out by hand.
 */
import { mdxElements, textOf, walk, parseMdx, type MdNode } from './mdx';

/** The step ids the order rule is about. */
export const saveEvidenceId = 'save-evidence';
export const blockId = 'block';

/** Problems with the order of the steps' ids; empty when saving the evidence comes before blocking. */
export function stepOrderProblems(ids: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) problems.push(`step id "${id}" is used twice`);
		seen.add(id);
	}
	const save = ids.indexOf(saveEvidenceId);
	const block = ids.indexOf(blockId);
	if (save < 0) problems.push(`add a step with id "${saveEvidenceId}" (save the evidence)`);
	if (block < 0) problems.push(`add a step with id "${blockId}" (block the account)`);
	if (save >= 0 && block >= 0 && save > block) {
		problems.push(
			`"${saveEvidenceId}" (step ${save + 1}) must come before "${blockId}" (step ${block + 1}): save the evidence first, then block, because blocking can hide the chat`
		);
	}
	return problems;
}

/**
 * What each step is about, as words a hand-written copy of the steps would use, in English and in
 * Welsh (with the mutated forms a Welsh sentence gives them: talu, dalu, nhalu).
 */
const signatures: { name: string; pattern: RegExp }[] = [
	{ name: 'pay', pattern: /\b(pay(ing)?|talu|dalu|nhalu|thalu)\b/iu },
	{
		name: 'reply',
		pattern:
			/\b(stop (replying|contact)|(don'?t|do not) (reply|negotiate)|(stopio|peidio ag?|paid ag?) (ateb|cysylltu|trafod|bargeinio))\b/iu,
	},
	{
		name: 'evidence',
		pattern:
			/\b(evidence|(keep|save) the (messages|chat)|[td]ystiolaeth|cadw['’]r (negeseuon|sgwrs))\b/iu,
	},
	{ name: 'block', pattern: /\b(block(ing)?|[bfm]locio|[bfm]lociwch)\b/iu },
	{ name: 'tell', pattern: /\b(tell|dweud|ddweud|dywed(wch)?)\b/iu },
	{ name: 'report', pattern: /\b(report\b(?! remove)|rhoi gwybod|riportio)/iu },
];

/** Lists that cover this many of the steps' subjects are copies of the steps. */
const copyThreshold = 4;

/** Components that render the steps from the data and take no content of their own. */
export const stepComponents = ['Steps'] as const;

const lineOf = (node: MdNode): number => node.position?.start.line ?? 0;

/**
 * Hand-written copies of the steps in MDX, which would drift from the data:
 * - `<Steps>` with content inside (it renders content/data/steps.yaml and takes none);
 * - a list with four or more items that each name one of the steps, covering four or more of them
 *   (pay, stop replying, evidence, block, tell, report);
 * - any list that says block before it says save the evidence.
 */
export function handWrittenStepsProblems(body: string): string[] {
	const problems: string[] = [];
	for (const element of mdxElements(body, stepComponents)) {
		if ((element.node.children ?? []).length > 0) {
			problems.push(
				`line ${element.line}: <${element.name}> takes no content: write <${element.name} /> and it shows the steps from content/data/steps.yaml`
			);
		}
	}
	walk(parseMdx(body), (node) => {
		if (node.type !== 'list') return;
		const items = (node.children ?? []).map(textOf);
		const covered = signatures.filter((s) => items.some((item) => s.pattern.test(item)));
		// A copy gives the steps one item each; one sentence naming several actions is not a copy.
		const stepLikeItems = items.filter((item) => signatures.some((s) => s.pattern.test(item)));
		const firstItem = (name: string) => {
			const pattern = signatures.find((s) => s.name === name)!.pattern;
			return items.findIndex((item) => pattern.test(item));
		};
		const block = firstItem('block');
		const evidence = firstItem('evidence');
		if (block >= 0 && evidence >= 0 && block < evidence) {
			problems.push(
				`line ${lineOf(node)}: this list says block (item ${block + 1}) before saving the evidence (item ${evidence + 1}); save the evidence first, then block, or use <Steps />`
			);
		} else if (Math.min(covered.length, stepLikeItems.length) >= copyThreshold) {
			problems.push(
				`line ${lineOf(node)}: this list repeats the "if it happens" steps by hand (${covered.map((s) => s.name).join(', ')}); use <Steps /> so they come from content/data/steps.yaml`
			);
		}
	});
	return problems;
}
