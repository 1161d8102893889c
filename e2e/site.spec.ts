/**
 * The site's pages in Chromium: the home page's doors, navigation, the help page, the footer, the quick
 * exit and the 404 page. What holds on every page (its heading, language, the way to help, and the
 * phone numbers it shows) is checked on one load of each page in e2e/every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import {
	about,
	advicePage,
	glossary,
	guide,
	help,
	home,
	lesson,
	lessonList,
} from '../src/site/routes';
import { at, builtRoutes, serviceById, services, shownName } from './support/site';

const routes = builtRoutes();

test('the build has every page the kit promises', () => {
	for (const route of [
		home(),
		lessonList(),
		lesson('friend-requests'),
		advicePage('what-is-sextortion'),
		guide('parents'),
		guide('teachers'),
		help(),
		about(),
		glossary(),
	]) {
		expect(routes, `missing ${route}`).toContain(route);
	}
});

test('the home page opens three doors and each leads to its page', async ({ page }) => {
	await page.goto(at(home()));
	for (const [door, heading] of [
		['Pupils', 'Advice for young people'],
		['Teachers and staff', 'Lesson plans'],
		['Parents and carers', 'For parents and carers'],
	] as const) {
		await page.getByRole('main').getByRole('link', { name: door, exact: true }).click();
		await expect(page.locator('h1')).toHaveText(heading);
		await page.goBack();
	}
	await page.getByRole('main').getByRole('link', { name: 'Get help now' }).click();
	await expect(page.locator('h1')).toHaveText('Get help now');
});

test('header navigation reaches lessons and a lesson plan', async ({ page }) => {
	await page.goto(at(home()));
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Teachers' })
		.click();
	await expect(page.locator('h1')).toHaveText('Lesson plans');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teachers' })
	).toHaveAttribute('aria-current', 'page');
	await page
		.getByRole('link', { name: /Who's really there\?/ })
		.first()
		.click();
	await expect(page.locator('h1')).toHaveText("Who's really there?");
	await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
});

test('the help page shows every service with the number and link from the data', async ({
	page,
}) => {
	await page.goto(at(help()));
	// Without a nation set, the nations' own routes (Meic, Lifeline) are listed too, as "where you live".
	for (const service of services) {
		const card = page.locator(`[data-service="${service.id}"]`).first();
		await expect(card.getByRole('heading')).toHaveText(shownName(service));
		if (service.phone) {
			const phone = card.locator('a.phone[href^="tel:"]');
			await expect(phone).toHaveText(service.phone);
			await expect(phone).toHaveAttribute('href', `tel:${service.phone.replaceAll(' ', '')}`);
		}
		if (service.url) await expect(card.locator(`a[href="${service.url}"]`)).toHaveCount(1);
	}
});

test('the footer on every page type shows Childline, 999 and 101 from the data', async ({
	page,
}) => {
	for (const route of [home(), help(), lesson('friend-requests')]) {
		await page.goto(at(route));
		const footer = page.locator('footer');
		for (const id of ['childline', 'police-emergency', 'police-101']) {
			const phone = serviceById(id).phone!;
			await expect(footer.locator(`a[href="tel:${phone.replaceAll(' ', '')}"]`)).toHaveText(phone);
		}
	}
});

test.describe('quick exit', () => {
	test.beforeEach(async ({ page }) => {
		// The neutral page is on another site; answer it locally so the test never leaves the machine.
		await page.route(/bbc\.co\.uk/, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' })
		);
	});

	test('the button leaves for a neutral page and Back does not return to the kit', async ({
		page,
	}) => {
		await page.goto('about:blank');
		await page.goto(at(advicePage('what-is-sextortion')));
		await page.getByRole('link', { name: /Quick exit/ }).click();
		await expect(page).toHaveTitle('Weather');
		await page.goBack();
		expect(page.url()).toBe('about:blank');
	});

	test('pressing Escape twice leaves too', async ({ page }) => {
		await page.goto(at(guide('parents')));
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(page).toHaveTitle('Weather');
	});

	test('teacher pages do not show it', async ({ page }) => {
		await page.goto(at(lessonList()));
		await expect(page.getByRole('link', { name: /Quick exit/ })).toHaveCount(0);
	});
});

test('an unknown address gets the friendly 404 page', async ({ page }) => {
	const response = await page.goto(at(`${home()}no-such-page/`));
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('link', { name: 'Get help now' })).toBeVisible();
});
