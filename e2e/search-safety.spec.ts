/**
 * The safety net: "Get help now" with Childline and CEOP when a search finds nothing or reads like a
 * call for help, on the search page and in the dialog. Which queries read like one is
 * src/features/search/help-query.test.ts (every call for help and trouble sentence in the fixtures).
 */
import { expect, test, type Locator } from '@playwright/test';
import { lessonList, search } from '../src/site/routes';
import { failOnPageProblems, firstLoad } from './support/search';
import { at, serviceById } from './support/site';

failOnPageProblems();

test.describe('safety net', () => {
	async function expectHelpPanel(scope: Locator) {
		const panel = scope.locator('[data-search-help]');
		await expect(panel).toBeVisible(firstLoad);
		await expect(panel.getByRole('heading', { name: 'Get help now' })).toBeVisible();
		for (const id of ['childline', 'ceop']) {
			const service = serviceById(id);
			const card = panel.locator(`[data-service="${id}"]`);
			await expect(card.getByRole('heading')).toHaveText(service.name);
			if (service.phone) await expect(card.locator('a.phone')).toHaveText(service.phone);
			if (service.url) await expect(card.locator(`a[href="${service.url}"]`)).toHaveCount(1);
		}
		return panel;
	}

	test('a search that finds nothing shows Get help now with Childline and CEOP', async ({
		page,
	}) => {
		await page.goto(at(search('zzqxjv')));
		await expect(page.locator('[data-search-summary]')).toContainText('zzqxjv');
		await expect(page.locator('.kit-result')).toHaveCount(0);
		const panel = await expectHelpPanel(page.locator('main'));
		await expect(panel).toContainText('Nothing in the kit matched');
	});

	for (const q of ['help', 'blackmail', 'someone has my nudes', "i'm scared", 'what do i do']) {
		test(`"${q}" reads like a call for help: the panel shows above the results`, async ({
			page,
		}) => {
			await page.goto(at(search()));
			await page.locator('[data-search-input]').fill(q);
			const panel = await expectHelpPanel(page.locator('main'));
			await expect(panel).toContainText('it is not your fault');
		});
	}

	test('the dialog shows it too, and hides it for an ordinary search', async ({ page }) => {
		await page.goto(at(lessonList()));
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('[data-search-input]')).toBeFocused(firstLoad);
		await page.keyboard.type('someone has my nudes');
		await expectHelpPanel(dialog);
		await dialog.locator('[data-search-input]').fill('lesson plan');
		await expect(dialog.locator('.kit-result').first()).toBeVisible(firstLoad);
		await expect(dialog.locator('[data-search-help]')).toBeHidden();
	});
});
