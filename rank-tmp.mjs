import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const fixtures = JSON.parse(readFileSync('e2e/fixtures/search-queries.json', 'utf8')).queries;
const extra2 = JSON.parse(readFileSync('e2e/fixtures/search-queries-extra.json', 'utf8')).queries;
const extra = [...extra2, { q: 'report to police', expect: ['/advice/if-it-happens/', '/help/'] }, { q: 'take it down', expect: ['/help/'] }, { q: 'what do I do', expect: ['/advice/if-it-happens/'] }];
const variants = JSON.parse(process.argv[2] ?? '[{}]');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4340/');
for (const ranking of variants) {
  const res = await p.evaluate(async ({ qs, ranking }) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking });
    const out = [];
    for (const { q, expect } of qs) {
      const r = await pf.search(q);
      const urls = await Promise.all(r.results.slice(0, 5).map(async (x) => (await x.data()).url));
      const pos = urls.findIndex((u) => expect.includes(u));
      out.push({ q, pos, urls: urls.slice(0, 4).join(' ') });
    }
    await pf.destroy?.();
    return out;
  }, { qs: [...fixtures, ...extra], ranking });
  const fails = res.filter((r) => r.pos < 0 || r.pos > 2);
  console.log(JSON.stringify(ranking), 'fails', fails.length, 'sum pos', res.reduce((s, r) => s + (r.pos < 0 ? 9 : r.pos), 0));
  for (const r of res) if (r.pos !== 0) console.log('   ', r.pos, r.q, '→', r.urls);
  await p.reload();
}
await b.close();
