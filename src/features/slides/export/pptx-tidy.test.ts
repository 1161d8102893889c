import { describe, expect, it } from 'vitest';
import { tidyContentTypes, tidyParagraphs } from './pptx-tidy';

describe('tidyParagraphs', () => {
	it('keeps one paragraph-properties element per paragraph, first', () => {
		const xml =
			'<a:p><a:pPr marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>We </a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr b="1"/><a:t>listen</a:t></a:r></a:p>';
		expect(tidyParagraphs(xml)).toBe(
			'<a:p><a:pPr marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>We </a:t></a:r><a:r><a:rPr b="1"/><a:t>listen</a:t></a:r></a:p>'
		);
	});

	it('moves a lone paragraph-properties element before the runs and leaves good paragraphs alone', () => {
		expect(tidyParagraphs('<a:p><a:r><a:t>x</a:t></a:r><a:pPr algn="l"/></a:p>')).toBe(
			'<a:p><a:pPr algn="l"/><a:r><a:t>x</a:t></a:r></a:p>'
		);
		const good = '<a:p><a:pPr/><a:r><a:t>x</a:t></a:r></a:p><a:p><a:endParaRPr/></a:p>';
		expect(tidyParagraphs(good)).toBe(good);
	});
});

describe('tidyContentTypes', () => {
	it('drops overrides for parts the package does not have', () => {
		const xml =
			'<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="a"/><Default Extension="xml" ContentType="b"/></Types>';
		expect(tidyContentTypes(xml, new Set(['ppt/slideMasters/slideMaster1.xml']))).toBe(
			'<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/><Default Extension="xml" ContentType="b"/></Types>'
		);
	});
});
