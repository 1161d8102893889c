import { describe, expect, it } from 'vitest';
import {
	imageAltProblems,
	internalLinkProblems,
	knownPhones,
	phoneProblems,
	unknownComponentProblems,
} from './content-checks';
import { advicePage, help } from '../site/routes';

describe('content checks', () => {
	it('finds images without alt text, in Markdown and in <img>', () => {
		expect(imageAltProblems('![A fake profile](/a.png)\n<img src="/b.png" alt="Chat" />')).toEqual(
			[]
		);
		expect(imageAltProblems('text\n![ ](/a.png)')).toEqual([
			'line 2: image /a.png has no alt text (write ![what it shows](/a.png))',
		]);
		expect(imageAltProblems('<img src="/b.png" alt="" />')).toHaveLength(1);
		expect(imageAltProblems('<img\n  src="/b.png"\n/>')).toEqual([
			'line 1: <img src="/b.png"> has no alt text',
		]);
	});

	it('names components the collection does not pass to MDX, once each', () => {
		expect(
			unknownComponentProblems('<Slide title="x">\n<Notes>n</Notes>\n</Slide>', ['Slide', 'Notes'])
		).toEqual([]);
		expect(unknownComponentProblems('<Quiz>\n</Quiz>\n<Quiz />', ['Slide'])).toEqual([
			'line 1: unknown component <Quiz> (available: Slide)',
		]);
		expect(unknownComponentProblems('{/* <Quiz /> */}', ['Slide'])).toEqual([]);
		expect(unknownComponentProblems('```\n<Quiz />\n```', ['Slide'])).toEqual([]);
		expect(unknownComponentProblems('Text\n\n<Quiz\n  level={2}\n/>', ['Slide'])).toEqual([
			'line 3: unknown component <Quiz> (available: Slide)',
		]);
	});

	it('reads relative links from the page the file is published at', () => {
		const routes = new Set([help(), advicePage('if-it-happens')]);
		expect(
			internalLinkProblems(
				'[help](../../help/#childline) [next](../if-it-happens/) [out](https://example.org/)',
				routes,
				advicePage('friend-requests')
			)
		).toEqual([]);
		expect(internalLinkProblems('[help](/helpp/)', routes, '/')).toEqual([
			'line 1: link to /helpp/ goes to /helpp/, but the kit has no such page',
		]);
		expect(internalLinkProblems('x\n\n<a\n  href="/nowhere/">x</a>', routes, '/')).toEqual([
			'line 3: link to /nowhere/ goes to /nowhere/, but the kit has no such page',
		]);
	});

	it('knows the phone numbers in the services data and flags others', () => {
		const phones = knownPhones();
		expect(phones.has('08001111')).toBe(true);
		expect(phoneProblems('Call 0800 1111 or 999.', phones)).toEqual([]);
		expect(phoneProblems('Call\n\n0808 157 0123 today', phones)).toEqual([
			'line 3: phone number 0808 157 0123 is not in content/data/services.yaml (use <HelpRoutes ids={[...]} />)',
		]);
		expect(phoneProblems('<Box note="0808 157 0123" />', phones)).toHaveLength(1);
	});
});
