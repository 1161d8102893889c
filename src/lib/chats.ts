/**
 * Made-up message threads in lessons: `<Chat owner="Leo">` holding `<Msg from="Sofia" time="8.15pm">…</Msg>`
 * lines, inside the `<Scenario>` that tells the story. One schema says what a thread may hold; the
 * lessons loader runs `chatProblems` so a malformed thread stops the build, naming the file, the line
 * and what is wrong.
 *
 * The rules, and why:
 * - a thread sits inside a `<Scenario>`: its people are the scenario's invented characters, checked
 *   across the kit (src/lib/characters.ts), and the story around it is framed as made up;
 * - `owner` (whose phone it is) is one of the scenario's characters;
 * - a sender is one of the scenario's characters, or a description of several words ("The account",
 *   "Someone in the chat"): a one-word name must be declared, so no real-sounding name slips in
 *   unchecked;
 * - a thread holds only `<Msg>` lines, each with its words (short, as a phone shows them), and a
 *   `<Msg>` is never outside a thread.
 */
import { z } from 'astro/zod';
import {
	mdxElements,
	parseMdx,
	showValue,
	textOf,
	walk,
	type MdNode,
	type MdxElement,
} from './mdx';

/** One message, as an author writes it in `<Msg>`. */
export const chatMessageSchema = z.strictObject({
	/** Who sends it: a character of the scenario, or a description of several words. */
	from: z.string().trim().min(2).max(40),
	/** An optional time shown above the message, for example `8.15pm`. */
	time: z.string().trim().min(1).max(12).optional(),
	/** The message's words, as the phone shows them. */
	text: z.string().trim().min(1, 'the message has no words').max(200),
});

/** A thread, as an author writes it in `<Chat>`. */
export const chatSchema = z.strictObject({
	/** Whose phone it is: their messages sit on the right. */
	owner: z.string().trim().min(2).max(40),
	/** The messages, in order. */
	messages: z.array(chatMessageSchema).min(1, 'a thread needs at least one <Msg>').max(12),
});

export type ChatData = z.infer<typeof chatSchema>;

/** A stable key for a sender's name, matched by the components to put the owner's messages on the right. */
export const senderKey = (name: string): string =>
	name
		.trim()
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const stringAttribute = (element: MdxElement, name: string): unknown => {
	const value = element.attributes[name];
	return typeof value === 'string' ? value : value === undefined ? undefined : showValue(value);
};

/** The names a `<Scenario>` declares (`character` and `others`). */
function scenarioNames(scenario: MdxElement): Set<string> {
	const names = new Set<string>();
	const { character, others } = scenario.attributes;
	if (typeof character === 'string') names.add(character.trim());
	if (Array.isArray(others)) for (const o of others) if (typeof o === 'string') names.add(o.trim());
	return names;
}

const isJsx = (node: MdNode) =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A thread's data, read from its MDX element (for the check and for tests). */
export function readChat(chat: MdxElement): { data: unknown; stray: string[] } {
	const stray: string[] = [];
	const messages: unknown[] = [];
	for (const child of chat.node.children ?? []) {
		if (isJsx(child) && child.name === 'Msg') {
			const [msg] = mdxElements({ type: 'root', children: [child] }, 'Msg');
			messages.push({
				from: stringAttribute(msg!, 'from'),
				...(msg!.attributes['time'] !== undefined ? { time: stringAttribute(msg!, 'time') } : {}),
				text: (child.children ?? []).map(textOf).join(''),
				...Object.fromEntries(
					Object.keys(msg!.attributes)
						.filter((k) => !['from', 'time'].includes(k))
						.map((k) => [k, msg!.attributes[k]])
				),
			});
		} else if (textOf(child).trim() !== '' || isJsx(child))
			stray.push(
				isJsx(child)
					? `<${child.name ?? ''}>`
					: `"${textOf(child).trim().split('\n')[0]!.slice(0, 40)}" outside a <Msg>`
			);
	}
	const extra = Object.fromEntries(Object.entries(chat.attributes).filter(([k]) => k !== 'owner'));
	return { data: { owner: stringAttribute(chat, 'owner'), messages, ...extra }, stray };
}

/** Problems with the `<Chat>` threads of an MDX body, one line each, naming the line. */
export function chatProblems(body: string): string[] {
	const problems: string[] = [];
	const tree = parseMdx(body);
	const scenarios = mdxElements(tree, 'Scenario');
	const scenarioOf = new Map<MdNode, MdxElement>();
	for (const scenario of scenarios)
		walk(scenario.node, (node) => {
			if (node !== scenario.node) scenarioOf.set(node, scenario);
		});
	const insideChat = new Set<MdNode>();
	for (const chat of mdxElements(tree, 'Chat')) {
		const at = `line ${chat.line}: <Chat>`;
		walk(chat.node, (node) => insideChat.add(node));
		const scenario = scenarioOf.get(chat.node);
		if (!scenario) {
			problems.push(
				`${at} must sit inside a <Scenario>, whose invented characters are the people in the thread`
			);
			continue;
		}
		const { data, stray } = readChat(chat);
		for (const s of stray) problems.push(`${at} may hold only <Msg> lines, found ${s}`);
		const result = chatSchema.safeParse(data);
		for (const issue of result.error?.issues ?? []) {
			const path = issue.path;
			const where =
				path[0] === 'messages' && typeof path[1] === 'number'
					? `message ${path[1] + 1}${path[2] ? ` ${String(path[2])}` : ''}`
					: path.join('.') || 'the thread';
			problems.push(`${at} ${where}: ${issue.message}`);
		}
		// The people are checked even when a line is malformed, so one run names every problem.
		const { owner, messages } = data as { owner: unknown; messages: { from?: unknown }[] };
		const names = scenarioNames(scenario);
		const known = [...names].join(', ');
		if (typeof owner === 'string' && !names.has(owner.trim()))
			problems.push(`${at} owner "${owner}" is not a character of its <Scenario> (${known})`);
		messages.forEach((m, i) => {
			const from = typeof m.from === 'string' ? m.from.trim() : '';
			if (from && !/\s/.test(from) && !names.has(from))
				problems.push(
					`${at} message ${i + 1} is from "${from}", who is not a character of its <Scenario> (${known}): add the name to \`others\`, or describe the sender in words ("The account")`
				);
		});
	}
	for (const msg of mdxElements(tree, 'Msg'))
		if (!insideChat.has(msg.node))
			problems.push(`line ${msg.line}: <Msg> must sit inside a <Chat>`);
	return problems;
}
