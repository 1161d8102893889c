import { chromium } from 'playwright-core';
const url = process.argv[2]; const n = Number(process.argv[3] ?? 5);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const rows = [];
for (let i = 0; i < n; i++) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const p = await ctx.newPage();
  const c = await ctx.newCDPSession(p);
  const events = [];
  c.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => c.once('Tracing.tracingComplete', r));
  await c.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] } });
  await p.goto(url); await p.waitForTimeout(4000);
  await c.send('Tracing.end'); await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid && e.dur > 10000);
  const est = tasks.reduce((s, t) => s + Math.max(0, (4 * t.dur) / 1000 - 50), 0);
  const total = tasks.reduce((s, t) => s + t.dur / 1000, 0);
  rows.push(Math.round(est));
  console.log(Math.round(est), Math.round(total), tasks.map((t) => Math.round(t.dur / 1000)).join(' '));
  await ctx.close();
}
rows.sort((a,b)=>a-b); console.log('median', rows[Math.floor(rows.length/2)]);
await b.close();
