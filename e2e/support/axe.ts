import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA plus axe's best practices: the kit's accessibility bar. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe on `page` with `tags`, run inside the page itself (axe's "legacy" mode). The default mode
 * assembles its results in a second, blank page it opens for every run, which is there for
 * cross-origin iframes: the kit has no iframes, and the same rules find the same violations in both
 * modes, in under half the time. Only violations are reported in full (axe still runs every rule on
 * every node): the passes are never read here.
 */
export const axe = (page: Page, tags: string[] = axeTags): AxeBuilder =>
	new AxeBuilder({ page })
		.withTags(tags)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// Reduced motion turns the kit's one animation off (the slide change), so a slow machine never
	// has axe measure colours halfway through it. Other emulation is kept.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const { violations } = await axe(page).analyze();
	const summary = violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
	expect(summary).toEqual([]);
}
