import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const agg = new Map();
for (let run = 0; run < 3; run++) {
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const p = await ctx.newPage();
const c = await ctx.newCDPSession(p);
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 200 });
await c.send('Profiler.start');
await p.goto(process.argv[2]);
await p.waitForTimeout(3000);
const { profile } = await c.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
profile.samples.forEach((id, i) => {
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const n = byId.get(cur); const k = `${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; if (!seen.has(k)) { seen.add(k); agg.set(k, (agg.get(k)||0) + (profile.timeDeltas[i]||0)); } cur = parent.get(cur); }
});
await ctx.close();
}
for (const [k,v] of [...agg].filter(([k])=>!k.startsWith('(root)')&&!k.startsWith('(idle)')).sort((a,b)=>b[1]-a[1]).slice(0,40)) console.log((v/3000).toFixed(1)+'ms', k);
await b.close();
