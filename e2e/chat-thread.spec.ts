/**
 * A lesson's made-up chat reads, to a screen reader, as a list of messages with each sender's name
 * in words, under a visible "Made-up example" label; the phone's frame is not read out.
 */
import { expect, test } from '@playwright/test';
import { lesson } from '../src/site/routes';
import { at } from './support/site';

test('a lesson page shows a made-up chat as a labelled list, each message naming its sender', async ({
	page,
}) => {
	await page.goto(at(lesson('too-good-to-be-true')));
	const scenario = page.getByRole('figure').filter({ hasText: "Scenario: Leo's evening" }).first();
	await expect(scenario.getByText('Made-up example – not real people')).toBeVisible();
	const thread = scenario.getByRole('list', { name: 'Messages on Leo’s phone' });
	// What a screen reader reads: the list by its name, then the message with its sender's name first.
	expect(await thread.ariaSnapshot()).toMatch(
		/^- list "Messages on Leo’s phone":\n {2}- listitem: "Sofia: You’re so good-looking\. How are you single\?"$/
	);
	// Sofia is not the phone's owner: her message sits on the left, as the other person's do.
	const box = await thread.getByRole('listitem').boundingBox();
	const phone = await thread.boundingBox();
	expect(box!.x - phone!.x).toBeLessThan(4);
});
