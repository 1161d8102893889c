import { describe, expect, it } from 'vitest';
import { joinBase } from './url';

describe('joinBase', () => {
	it('keeps exactly one slash between base and path', () => {
		expect(joinBase('/', 'help/')).toBe('/help/');
		expect(joinBase('/safety-kit', '/help/')).toBe('/safety-kit/help/');
		expect(joinBase('/safety-kit/', '')).toBe('/safety-kit/');
	});
});
