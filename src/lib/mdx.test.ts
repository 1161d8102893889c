import { describe, expect, it } from 'vitest';
import {
	mdxElements,
	parseMdx,
	readLiteral,
	rewriteElements,
	showValue,
	splitFrontmatter,
	textAttribute,
	textOf,
} from './mdx';

describe('readLiteral', () => {
	it('reads numbers, booleans, null, strings and arrays of them', () => {
		expect(readLiteral('5')).toBe(5);
		expect(readLiteral(' -2.5 ')).toBe(-2.5);
		expect(readLiteral('true')).toBe(true);
		expect(readLiteral('null')).toBe(null);
		expect(readLiteral(`"it's"`)).toBe("it's");
		expect(readLiteral(`'say "hi"'`)).toBe('say "hi"');
		expect(readLiteral('[\'ceop\', "childline", ]')).toEqual(['ceop', 'childline']);
	});

	it('keeps anything else as its source', () => {
		expect(readLiteral('count + 1')).toEqual({ expression: 'count + 1' });
		expect(readLiteral('`a ${b}`')).toEqual({ expression: '`a ${b}`' });
		expect(readLiteral('5 6')).toEqual({ expression: '5 6' });
		expect(showValue(readLiteral('count'))).toBe('count');
	});
});

describe('mdxElements', () => {
	const body = [
		'<Activity title="One" minutes={5} optional>', // 1
		'',
		'<HelpRoutes', // 3
		"  ids={['ceop', 'childline']}",
		'/>',
		'',
		'Some <Term id="hash">fingerprint</Term> text.', // 7
		'',
		'```',
		'<Activity title="In code" minutes={1} />',
		'```',
		'',
		'{/* <Activity title="In a comment" /> */}',
		'',
		'</Activity>',
	].join('\n');

	it('finds every element in document order, with attributes and lines', () => {
		expect(mdxElements(body).map((e) => [e.name, e.line, e.attributes])).toEqual([
			['Activity', 1, { title: 'One', minutes: 5, optional: true }],
			['HelpRoutes', 3, { ids: ['ceop', 'childline'] }],
			['Term', 7, { id: 'hash' }],
		]);
	});

	it('filters by name and reads the text inside', () => {
		const [term] = mdxElements(body, ['Term']);
		expect(term && textOf(term.node)).toBe('fingerprint');
	});

	it('names the problem when the MDX does not parse', () => {
		expect(() => parseMdx('<Slide title="x">\n\nno closing tag')).toThrow(/MDX does not parse/);
	});
});

describe('splitFrontmatter', () => {
	it('splits the YAML from the body where the parser ends it', () => {
		expect(splitFrontmatter('---\ntitle: "A --- B"\n---\n\n<Slide title="x" />\n')).toEqual({
			frontmatter: 'title: "A --- B"',
			body: '\n<Slide title="x" />\n',
		});
	});

	it('gives the whole text as the body without frontmatter', () => {
		expect(splitFrontmatter('Just text\n')).toEqual({
			frontmatter: undefined,
			body: 'Just text\n',
		});
	});
});

describe('rewriteElements', () => {
	const source = [
		'Intro with <Term id="hash">a word</Term>.',
		'',
		'<Activity title="Start" minutes={5}>',
		'',
		'Text with <Term id="dsl">DSL</Term>.',
		'',
		'<HelpRoutes ids={["childline"]} />',
		'',
		'</Activity>',
		'',
		'```',
		'<Activity title="In code" />',
		'```',
		'',
	].join('\n');

	it('replaces elements by position and leaves code alone', () => {
		const out = rewriteElements(source, ({ element, inner, block }) => {
			if (element.name === 'Term') return `[${inner}](#${textAttribute(element, 'id')})`;
			if (element.name === 'HelpRoutes') return '(help)';
			if (element.name === 'Activity')
				return `## ${textAttribute(element, 'title')}${block ? '\n\n' : ''}${inner}`;
			return undefined;
		});
		expect(out).toBe(
			[
				'Intro with [a word](#hash).',
				'',
				'## Start',
				'',
				'Text with [DSL](#dsl).',
				'',
				'(help)',
				'',
				'```',
				'<Activity title="In code" />',
				'```',
				'',
			].join('\n')
		);
	});

	it('gives the tags as written, inner elements first, and keeps an element it is not told to replace', () => {
		const seen: string[] = [];
		const out = rewriteElements(source, ({ element, open, close }) => {
			seen.push(`${element.name}: ${open} … ${close}`);
			return undefined;
		});
		expect(out).toBe(source);
		expect(seen).toEqual([
			'Term: <Term id="hash"> … </Term>',
			'Term: <Term id="dsl"> … </Term>',
			'HelpRoutes: <HelpRoutes ids={["childline"]} /> … ',
			'Activity: <Activity title="Start" minutes={5}> … </Activity>',
		]);
	});
});
