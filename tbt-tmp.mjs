import { chromium } from 'playwright-core';
const url = process.argv[2]; const n = Number(process.argv[3] ?? 5);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = [];
for (let i = 0; i < n; i++) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const p = await ctx.newPage();
  const c = await ctx.newCDPSession(p);
  await c.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
  await p.goto(url); await p.waitForTimeout(6000);
  const lt = await p.evaluate(() => window.__lt);
  out.push({ tbt: lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0), tasks: lt.map(([s, d]) => `${d}@${s}`).join(' ') });
  await ctx.close();
}
for (const o of out) console.log(o.tbt, '|', o.tasks);
await b.close();
