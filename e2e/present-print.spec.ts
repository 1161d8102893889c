/**
 * Printing from the slides window: slides one per A4 landscape page, the handout three per portrait
 * page, and notes only when the teacher asks for them.
 */
import { expect, test } from '@playwright/test';
import { openDeck, slideCount, slides, slug } from './support/deck';

test.describe('print', () => {
	const pdfPages = (pdf: Buffer) => {
		const text = pdf.toString('latin1');
		const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
			Number(m[1]),
			Number(m[2]),
		]);
		return { count: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, boxes };
	};

	test('slides print one per A4 landscape page, the handout three per A4 portrait page', async ({
		page,
	}) => {
		await openDeck(page);
		const total = await slideCount(page);
		await page.emulateMedia({ media: 'print' });
		const landscape = pdfPages(await page.pdf({ preferCSSPageSize: true }));
		expect(landscape.count).toBe(total);
		for (const [w, h] of landscape.boxes) expect(w).toBeGreaterThan(h!);

		await page.goto(slides(slug, '?handout#1'));
		const portrait = pdfPages(await page.pdf({ preferCSSPageSize: true }));
		expect(portrait.count).toBe(Math.ceil(total / 3));
		for (const [w, h] of portrait.boxes) expect(w).toBeLessThan(h!);
	});

	test('notes print only when the teacher ticks "Include notes"', async ({ page }) => {
		await openDeck(page);
		await page.evaluate(
			() => (window.print = () => document.documentElement.setAttribute('data-printed', ''))
		);
		await page.getByText('Print', { exact: true }).click();
		await page.getByRole('button', { name: /Print handout/ }).click();
		await expect(page.locator('html')).toHaveAttribute('data-print', 'handout');
		await expect(page.locator('html')).toHaveAttribute('data-printed', '');
		await expect(page.locator('.print-notes')).toHaveCount(0);
		await page.getByRole('checkbox', { name: 'Include notes' }).check();
		await page.getByRole('button', { name: 'Print slides' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-print', 'slides');
		await page.emulateMedia({ media: 'print' });
		const withNotes = await page
			.locator('.deck-source .slide-frame:has(template[data-notes])')
			.count();
		await expect(page.locator('.print-notes')).toHaveCount(withNotes);
		if (withNotes > 0) await expect(page.locator('.print-notes').first()).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		if (withNotes > 0) await expect(page.locator('.print-notes').first()).toBeHidden();
	});
});
