/**
 * Fills a page's school slots with a profile, in the browser: the "Make it your school's" page does
 * this as staff type. The slots are the markup the build renders from school.yaml
 * (src/features/school/components/), so a sheet printed here matches the PDF the build prints.
 */
import { dslSlideLines, profileValue, type ProfileLike } from './school';

export function fillSchool(root: ParentNode, profile: ProfileLike | undefined): void {
	const value = (element: HTMLElement, attribute: string) =>
		profileValue(profile, element.getAttribute(attribute) ?? '');
	for (const slot of root.querySelectorAll<HTMLElement>('[data-school-field]'))
		slot.textContent = value(slot, 'data-school-field');
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-when]'))
		part.hidden = value(part, 'data-school-when') === '';
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-unless]'))
		part.hidden = value(part, 'data-school-unless') !== '';
	for (const block of root.querySelectorAll<HTMLElement>('[data-at-school]'))
		block.dataset['atSchool'] = profileValue(profile, 'safeguardingLead.name') ? 'profile' : 'none';
}

/**
 * Rewrites a help slide's DSL lines (`data-school-dsl`, one span a person) for a profile, as the
 * build writes them from school.yaml: without a DSL's name, the no-profile line.
 */
export function fillDslLines(root: ParentNode, profile: ProfileLike | undefined): void {
	const named = profileValue(profile, 'safeguardingLead.name') ? profile : undefined;
	const lines = dslSlideLines(named);
	const lists = new Set<Element>();
	for (const span of root.querySelectorAll('[data-school-dsl]'))
		if (span.parentElement) lists.add(span.parentElement);
	for (const list of lists) {
		const old = [...list.querySelectorAll<HTMLElement>(':scope > [data-school-dsl]')];
		const first = old[0];
		if (!first) continue;
		for (const line of lines) {
			const span = first.cloneNode(false) as HTMLElement;
			span.textContent = line;
			if (named) span.removeAttribute('data-school-blank');
			first.before(span);
		}
		for (const span of old) span.remove();
	}
}
