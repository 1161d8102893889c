import { describe, expect, it } from 'vitest';
import { absoluteUrl, displayUrl, joinBase } from './url';

describe('joinBase', () => {
	it('keeps exactly one slash', () => {
		expect(joinBase('/', 'help/')).toBe('/help/');
		expect(joinBase('/kit', '/help/')).toBe('/kit/help/');
	});
});

describe('absoluteUrl', () => {
	it('joins site, base path and route', () => {
		expect(absoluteUrl('https://kit.example.org', '/', 'help/')).toBe(
			'https://kit.example.org/help/'
		);
		expect(absoluteUrl('https://school.example.org/', '/safety-kit/', 'help/')).toBe(
			'https://school.example.org/safety-kit/help/'
		);
	});

	it('uses the origin of the site only; the base path is the one that counts', () => {
		expect(absoluteUrl(new URL('https://kit.example.org/ignored/'), '/kit/', 'help/')).toBe(
			'https://kit.example.org/kit/help/'
		);
	});

	it('fails clearly without a usable site', () => {
		expect(() => absoluteUrl(undefined, '/', 'help/')).toThrow(/SITE_URL/);
		expect(() => absoluteUrl('ftp://x.org', '/', 'help/')).toThrow(/http\(s\)/);
	});
});

describe('displayUrl', () => {
	it('drops the protocol, www and trailing slash', () => {
		expect(displayUrl('https://www.childline.org.uk/')).toBe('childline.org.uk');
		expect(displayUrl('https://kit.example.org/help/')).toBe('kit.example.org/help');
		expect(displayUrl('http://localhost:4321/kit/help/')).toBe('localhost:4321/kit/help');
	});
});
