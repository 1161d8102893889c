import { describe, expect, it } from 'vitest';
import { mdxElements, parseMdx, readLiteral, showValue, textOf } from './mdx';

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
