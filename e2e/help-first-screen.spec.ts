/**
 * The first screen of /help/, as a pupil in trouble sees it on a laptop and on phones: what to do
 * right now, Childline's number and 999 without scrolling, and the quick exit never on top of words.
 */
import { expect, test, type Page } from '@playwright/test';
import { telHref } from '../src/lib/services';
import { help } from '../src/site/routes';
import { at, serviceById, steps } from './support/site';

const childline = serviceById('childline');
const emergency = serviceById('police-emergency');

/** The boxes of every piece of text on the page, but the quick exit's own. */
const textBoxes = (page: Page) =>
	page.evaluate(() => {
		const boxes: { text: string; x: number; y: number; w: number; h: number }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			if (!text || node.parentElement?.closest('[data-quick-exit], template, script, style'))
				continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects())
				if (r.width > 0 && r.height > 0)
					boxes.push({ text: text.slice(0, 40), x: r.x, y: r.y, w: r.width, h: r.height });
		}
		return boxes;
	});

const overlaps = (
	a: { x: number; y: number; w: number; h: number },
	b: { x: number; y: number; width: number; height: number }
) => a.x < b.x + b.width && b.x < a.x + a.w && a.y < b.y + b.height && b.y < a.y + a.h;

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 },
	{ width: 360, height: 740 },
]) {
	test.describe(`/help/ at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('says what to do right now, with Childline and 999, without scrolling', async ({
			page,
		}) => {
			await page.goto(at(help()));
			const box = page.locator('[data-right-now]');
			const bounds = (await box.boundingBox())!;
			expect(bounds.y).toBeGreaterThanOrEqual(0);
			expect(bounds.y + bounds.height, 'the box ends below the first screen').toBeLessThanOrEqual(
				viewport.height
			);
			const words = (await box.innerText()).split(/\s+/).filter((w) => /\w/.test(w));
			expect(words.length).toBeGreaterThanOrEqual(45);
			expect(words.length).toBeLessThanOrEqual(85);
			await expect(box.locator('[data-step-id]')).toHaveText(steps.map((s) => s.title));
			await expect(box.getByText(/not your fault/i)).toBeVisible();
			await expect(box.locator('a[href="#crisis"]')).toBeVisible();
			for (const number of [childline.phone!, emergency.phone!]) {
				const link = box.locator(`a[href="${telHref(number)}"]`);
				await expect(link).toHaveText(number);
				const r = (await link.boundingBox())!;
				expect(r.y + r.height, `${number} is on the first screen`).toBeLessThanOrEqual(
					viewport.height
				);
				expect(r.x + r.width).toBeLessThanOrEqual(viewport.width);
			}
		});

		test('the quick exit covers no words, and a jump down the page lands below it', async ({
			page,
		}) => {
			await page.goto(at(help()));
			const exit = page.locator('[data-quick-exit]');
			await expect(exit).toBeVisible();
			const r = (await exit.boundingBox())!;
			expect(r.y).toBeGreaterThanOrEqual(0);
			const covered = (await textBoxes(page)).filter((t) => overlaps(t, r));
			expect(covered, 'words under the quick exit').toEqual([]);
			// It stays in reach further down, in a strip of its own: a jump link lands below it.
			await page.locator('a[href="#crisis"]').first().click();
			const heading = (await page.locator('#crisis').boundingBox())!;
			const strip = (await exit.boundingBox())!;
			expect(strip.y).toBeGreaterThanOrEqual(0);
			expect(heading.y, 'the heading jumped to is below the quick exit').toBeGreaterThanOrEqual(
				strip.y + strip.height
			);
		});
	});
}
