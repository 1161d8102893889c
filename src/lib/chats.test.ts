import { describe, expect, it } from 'vitest';
import { chatProblems, chatSchema, readChat } from './chats';
import { mdxElements } from './mdx';

const thread = (chat: string, scenario = `character="Leo" others={['Sofia']}`) =>
	`<Scenario title="Leo's evening" ${scenario}>\n\nLeo is 15.\n\n${chat}\n\n</Scenario>\n`;

describe('message threads', () => {
	it('reads a thread into its owner and messages, words and times as written', () => {
		const body = thread(
			'<Chat owner="Leo">\n<Msg from="Sofia" time="8.15pm">You\'re so *good*-looking.</Msg>\n<Msg from="Leo">Thanks</Msg>\n</Chat>'
		);
		const [chat] = mdxElements(body, 'Chat');
		expect(chatSchema.parse(readChat(chat!).data)).toEqual({
			owner: 'Leo',
			messages: [
				{ from: 'Sofia', time: '8.15pm', text: "You're so good-looking." },
				{ from: 'Leo', text: 'Thanks' },
			],
		});
		expect(chatProblems(body)).toEqual([]);
	});

	it('accepts a sender described in words, and refuses a thread outside a scenario or stray text', () => {
		expect(
			chatProblems(thread('<Chat owner="Leo">\n<Msg from="The account">Hi</Msg>\n</Chat>'))
		).toEqual([]);
		expect(chatProblems('<Chat owner="Leo">\n<Msg from="Sofia">Hi</Msg>\n</Chat>\n')).toEqual([
			'line 1: <Chat> must sit inside a <Scenario>, whose invented characters are the people in the thread',
		]);
		expect(
			chatProblems(thread('<Chat owner="Leo">\nSofia says hi\n<Msg from="Sofia">Hi</Msg>\n</Chat>'))
		).toContain('line 5: <Chat> may hold only <Msg> lines, found "Sofia says hi" outside a <Msg>');
	});
});
