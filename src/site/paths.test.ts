import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	displayUrl,
	fileOfRoute,
	isLocalAddress,
	normaliseBase,
	pathInBuild,
	pathOfRoute,
	printedAddress,
	routeOfFile,
	routeOfPathname,
	withBase,
} from './paths';

describe('base paths', () => {
	it('normalise to one slash at each end', () => {
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('/safety-kit')).toBe('/safety-kit/');
		expect(normaliseBase('safety-kit//')).toBe('/safety-kit/');
	});

	it('join a route with exactly one slash', () => {
		expect(withBase('/', '/help/')).toBe('/help/');
		expect(withBase('/kit', '/help/')).toBe('/kit/help/');
		expect(withBase('/kit/', 'sw.js')).toBe('/kit/sw.js');
		expect(withBase('/kit/', '/')).toBe('/kit/');
	});

	it('give back the route of a pathname under the base, and nothing outside it', () => {
		expect(routeOfPathname('/', '/help/')).toBe('/help/');
		expect(routeOfPathname('/safety-kit/', '/safety-kit/help/')).toBe('/help/');
		expect(routeOfPathname('/safety-kit/', '/safety-kit')).toBe('/');
		expect(routeOfPathname('/safety-kit/', '/help/')).toBeUndefined();
	});
});

describe('routes and files', () => {
	it('map folder pages both ways', () => {
		for (const [route, file] of [
			['/', 'index.html'],
			['/help/', 'help/index.html'],
			['/lessons/a/present/', 'lessons/a/present/index.html'],
		] as const) {
			expect(fileOfRoute(route)).toBe(file);
			expect(routeOfFile(file)).toBe(route);
		}
	});

	it('keep files that are not folder pages as they are, and ignore queries and fragments', () => {
		expect(routeOfFile('404.html')).toBe('/404.html');
		expect(fileOfRoute('/sw.js')).toBe('sw.js');
		expect(fileOfRoute('/search/?q=x')).toBe('search/index.html');
		expect(pathOfRoute('/glossary/#hash')).toBe('/glossary/');
		expect(pathInBuild('/pagefind/')).toBe('pagefind/');
	});
});

describe('absoluteUrl', () => {
	it('joins site, base path and route', () => {
		expect(absoluteUrl('https://kit.example.org', '/', '/help/')).toBe(
			'https://kit.example.org/help/'
		);
		expect(absoluteUrl('https://school.example.org/', '/safety-kit/', '/help/')).toBe(
			'https://school.example.org/safety-kit/help/'
		);
	});

	it('uses the origin of the site only; the base path is the one that counts', () => {
		expect(absoluteUrl(new URL('https://kit.example.org/ignored/'), '/kit/', '/help/')).toBe(
			'https://kit.example.org/kit/help/'
		);
	});

	it('fails clearly without a usable site', () => {
		expect(() => absoluteUrl(undefined, '/', '/help/')).toThrow(/SITE_URL/);
		expect(() => absoluteUrl('ftp://x.org', '/', '/help/')).toThrow(/http\(s\)/);
	});
});

describe('displayUrl', () => {
	it('drops the protocol, www and trailing slash', () => {
		expect(displayUrl('https://www.childline.org.uk/')).toBe('childline.org.uk');
		expect(displayUrl('https://kit.example.org/help/')).toBe('kit.example.org/help');
		expect(displayUrl('http://localhost:4321/kit/help/')).toBe('localhost:4321/kit/help');
	});
});

describe('isLocalAddress', () => {
	it('calls loopback, private, link-local and single-word hosts local', () => {
		for (const address of [
			'http://localhost:4321/help/',
			'http://app.localhost/',
			'http://127.0.0.1:4822/',
			'http://[::1]:4321/',
			'http://10.2.3.4/',
			'http://172.16.0.9/',
			'http://192.168.0.10/kit/',
			'http://169.254.1.1/',
			'http://0.0.0.0:4321/',
			'http://intranet/',
			'http://kit.local/',
			'file:///home/teacher/kit/index.html',
			'not an address',
		])
			expect(isLocalAddress(address), address).toBe(true);
	});

	it('calls public names and addresses public', () => {
		for (const address of [
			'https://kit.example.org/',
			'https://intranet.riverside.sch.uk/safety-kit/',
			'http://203.0.113.7/',
			'http://172.32.0.1/',
		])
			expect(isLocalAddress(address), address).toBe(false);
	});
});

describe('printedAddress', () => {
	it('gives the public address with the base path', () => {
		expect(printedAddress('https://kit.example.org', '/safety-kit/', '/help/')).toBe(
			'https://kit.example.org/safety-kit/help/'
		);
	});

	it('gives nothing to print without a public site', () => {
		expect(printedAddress(undefined, '/', '/help/')).toBeUndefined();
		expect(printedAddress('http://localhost:4321', '/', '/help/')).toBeUndefined();
	});
});
