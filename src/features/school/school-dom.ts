/**
 * Fills a page's school slots with a profile, in the browser: the "Make it your school's" page does
 * this as staff type. The slots are the markup the build renders from school.yaml
 * (src/features/school/components/), so a sheet printed here matches the PDF the build prints.
 */
import {
	capitalise,
	isNationId,
	nationShown,
	nationTermNames,
	type NationTerms,
} from '../../lib/nations';
import { dslSlideLines, profileValue, type ProfileLike } from './school';

/**
 * The nation's words by nation id ('' for none), as a page carries them in `data-nation-terms`
 * (the customise page's nation box, NationTerms.astro elsewhere): the nation slots
 * (`data-nation-term`, `data-nation-in`) change with the nation typed or kept in the browser.
 */
export type TermsByNation = Readonly<Record<string, NationTerms>>;

/** The nation's words the page under `root` carries, or undefined when it carries none. */
export function termsInPage(root: ParentNode): TermsByNation | undefined {
	const carried = root.querySelector<HTMLElement>('[data-nation-terms]')?.dataset['nationTerms'];
	if (!carried) return undefined;
	try {
		return JSON.parse(carried) as TermsByNation;
	} catch {
		return undefined;
	}
}

/**
 * Every profile path the slots under `root` name (a detail's text, or a part shown or hidden by
 * one), each once. Self-contained, so a test can run it in a built page with `page.evaluate`.
 */
export function slotPaths(root: ParentNode = document): string[] {
	const paths = new Set<string>(['safeguardingLead.name']);
	for (const attribute of ['data-school-field', 'data-school-when', 'data-school-unless'])
		for (const slot of root.querySelectorAll(`[${attribute}]`))
			paths.add(slot.getAttribute(attribute) ?? '');
	return [...paths];
}

/**
 * Fills the slots under `root` from each path's value ('' when not given). Self-contained, so a
 * test can run it in a built page with `page.evaluate(fillSlots, values)`.
 */
export function fillSlots(values: Record<string, string>, root: ParentNode = document): void {
	const value = (element: Element, attribute: string) =>
		values[element.getAttribute(attribute) ?? ''] ?? '';
	for (const slot of root.querySelectorAll<HTMLElement>('[data-school-field]'))
		slot.textContent = value(slot, 'data-school-field');
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-when]'))
		part.hidden = value(part, 'data-school-when') === '';
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-unless]'))
		part.hidden = value(part, 'data-school-unless') !== '';
	for (const block of root.querySelectorAll<HTMLElement>('[data-at-school]'))
		block.dataset['atSchool'] = values['safeguardingLead.name'] ? 'profile' : 'none';
}

/** Each path's value in `profile`, for `fillSlots`. */
export function slotValues(
	paths: readonly string[],
	profile: ProfileLike | undefined
): Record<string, string> {
	return Object.fromEntries(paths.map((path) => [path, profileValue(profile, path)]));
}

/** Fills the school slots under `root` from `profile`, and the nation slots with its nation's words. */
export function fillSchool(
	root: ParentNode,
	profile: ProfileLike | undefined,
	termsByNation?: TermsByNation
): void {
	fillSlots(slotValues(slotPaths(root), profile), root);
	const nation = isNationId(profile?.nation) ? profile.nation : undefined;
	const terms = termsByNation?.[nation ?? ''];
	if (terms)
		for (const slot of root.querySelectorAll<HTMLElement>('[data-nation-term]')) {
			const term = nationTermNames.find((t) => t === slot.dataset['nationTerm']);
			if (!term) continue;
			slot.textContent = slot.hasAttribute('data-cap') ? capitalise(terms[term]) : terms[term];
		}
	for (const part of root.querySelectorAll<HTMLElement>('[data-nation-in]'))
		part.hidden = !nationShown(part.dataset['nationIn'] ?? '', nation);
}

/**
 * Rewrites a help slide's DSL lines (`data-school-dsl`, one span a person) for a profile, as the
 * build writes them from school.yaml: without a DSL's name, the no-profile line, in the slide's
 * language (each span carries it as its `data-school-dsl`).
 */
export function fillDslLines(root: ParentNode, profile: ProfileLike | undefined): void {
	const named = profileValue(profile, 'safeguardingLead.name') ? profile : undefined;
	const lists = new Set<Element>();
	for (const span of root.querySelectorAll('[data-school-dsl]'))
		if (span.parentElement) lists.add(span.parentElement);
	for (const list of lists) {
		const old = [...list.querySelectorAll<HTMLElement>(':scope > [data-school-dsl]')];
		const first = old[0];
		if (!first) continue;
		const lines = named ? dslSlideLines(named) : [first.dataset['schoolDsl'] ?? ''];
		for (const line of lines) {
			const span = first.cloneNode(false) as HTMLElement;
			span.textContent = line;
			if (named) span.removeAttribute('data-school-blank');
			first.before(span);
		}
		for (const span of old) span.remove();
	}
}
