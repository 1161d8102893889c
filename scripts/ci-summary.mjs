// CI's last line: adds up the summaries `npm test` and `npm run audit` wrote (tools/run-summary.ts)
// and exits non-zero unless both passed. Usage: node scripts/ci-summary.mjs
import { readFileSync } from 'node:fs';
import { addUp } from '../tools/run-summary.ts';

const read = (file) => {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
};
const { line, ok } = addUp([
	{ label: 'npm test', summary: read('test-results/summary.json') },
	{ label: 'npm run audit', summary: read('audit-results/summary.json') },
]);
console.log(`\n${line}`);
process.exit(ok ? 0 : 1);
