/**
 * Details kept on this computer (src/features/school/school-store.ts) fill the help page, the slides
 * and the presenter view here, through the same slots the build fills from school.yaml. Only when
 * details are kept; nothing leaves the browser.
 */
import { draftProfile, hasAnyDetail } from './school';
import { fillDslLines, fillSchool } from './school-dom';
import { loadKept } from './school-store';

/** Fills the page from the kept details; false (and the page as built) when none are kept. */
export function fillFromKept(
	root: ParentNode,
	storage: Pick<Storage, 'getItem'> | undefined
): boolean {
	const kept = storage && loadKept(storage);
	if (!kept || !hasAnyDetail(kept)) return false;
	const { profile } = draftProfile(kept);
	fillSchool(root, profile);
	fillDslLines(root, profile);
	return true;
}

/** The page's script: localStorage may be refused (private windows, file://), then nothing changes. */
export function fillPageFromKept(): void {
	try {
		// The presenter view keeps its slides in a <template> and copies them out as it goes.
		for (const template of document.querySelectorAll('template'))
			fillFromKept(template.content, window.localStorage);
		fillFromKept(document, window.localStorage);
	} catch {
		// No storage: the page keeps what the build printed.
	}
}
