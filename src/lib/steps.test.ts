import { describe, expect, it } from 'vitest';
import { handWrittenStepsProblems, stepOrderProblems } from './steps';

describe('stepOrderProblems', () => {
	it('accepts steps that save the evidence before blocking', () => {
		expect(
			stepOrderProblems(['dont-pay', 'stop-replying', 'save-evidence', 'block', 'tell'])
		).toEqual([]);
	});

	it('refuses blocking before saving the evidence, naming both steps', () => {
		expect(stepOrderProblems(['dont-pay', 'block', 'save-evidence', 'tell'])).toEqual([
			'"save-evidence" (step 3) must come before "block" (step 2): save the evidence first, then block, because blocking can hide the chat',
		]);
	});

	it('refuses steps without either step, or with an id used twice', () => {
		expect(stepOrderProblems(['dont-pay', 'tell', 'tell'])).toEqual([
			'step id "tell" is used twice',
			'add a step with id "save-evidence" (save the evidence)',
			'add a step with id "block" (block the account)',
		]);
	});
});

describe('handWrittenStepsProblems', () => {
	it('lets <Steps /> and lists about other things through', () => {
		expect(
			handWrittenStepsProblems(
				'<Steps />\n\n- Listen to them.\n- Tell them it is not their fault.\n- Help them tell an adult.'
			)
		).toEqual([]);
	});

	it('refuses content written inside <Steps>', () => {
		expect(handWrittenStepsProblems('Text\n\n<Steps>\n\n1. Do not pay.\n\n</Steps>')).toEqual([
			'line 3: <Steps> takes no content: write <Steps /> and it shows the steps from content/data/steps.yaml',
		]);
	});

	it('refuses a list that says block before saving the evidence', () => {
		expect(
			handWrittenStepsProblems(
				'1. Do not pay.\n2. Stop replying and block them.\n3. Keep the evidence.'
			)
		).toEqual([
			'line 1: this list says block (item 2) before saving the evidence (item 3); save the evidence first, then block, or use <Steps />',
		]);
	});

	it('lets one item that names several actions through: that is a sentence, not a copy', () => {
		expect(
			handWrittenStepsProblems(
				'- Flattery is a trick.\n- Right now he could stop replying, block and report the account, and tell an adult.'
			)
		).toEqual([]);
	});

	it('refuses a hand-written copy of the steps, even in the right order', () => {
		const [problem] = handWrittenStepsProblems(
			'Intro\n\n- Do not pay.\n- Stop replying.\n- Save the evidence.\n- Then block them.\n- Tell an adult.'
		);
		expect(problem).toMatch(/^line 3: this list repeats the "if it happens" steps by hand/);
		expect(problem).toContain('use <Steps />');
	});
});

describe('handWrittenStepsProblems in Welsh', () => {
	it('finds a Welsh list that copies the steps, and one that blocks before saving the evidence', () => {
		const written =
			"- Paid â thalu.\n- Paid ag ateb.\n- Cadw'r dystiolaeth yn gyntaf.\n- Yna blocio nhw.\n- Dweud wrth oedolyn.";
		expect(handWrittenStepsProblems(written)[0]).toMatch(/repeats the "if it happens" steps/);
		expect(handWrittenStepsProblems("- Blocio nhw.\n- Cadw'r dystiolaeth.")[0]).toMatch(
			/says block \(item 1\) before saving the evidence/
		);
	});
});
