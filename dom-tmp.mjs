import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 } });
await p.goto(process.argv[2]); await p.waitForTimeout(3000);
console.log(await p.evaluate(() => ({ all: document.querySelectorAll('*').length, results: document.querySelector('pagefind-results')?.querySelectorAll('*').length, filters: [...document.querySelectorAll('pagefind-filter-dropdown')].map(d => d.querySelectorAll('*').length), summary: document.querySelector('pagefind-summary')?.textContent, lis: document.querySelectorAll('pagefind-results > ul > li').length })));
console.log((await p.locator('pagefind-results').innerHTML()).slice(0, 1500));
await b.close();
