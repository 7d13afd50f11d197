// The feedback form (spiegel invite) in a real browser, as an observer uses
// it: opened from a file, filled in with the keyboard only, saved through
// the browser's download, with no request anywhere. Three observers answer
// in the browser and four with `spiegel observe --plain`; their seven files
// and the leader's own session must give the figures an independent Python
// computation gives, in every format (test/plain/feedback_figures.py).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as b from './lib.mjs';

const Q = 'leiderschapsscan';

// The answers of observer k: 1-5, or 6 for "weet ik niet".
function pick(k, i) {
	return 1 + ((i * (k + 2) + k) % 6);
}

// Fill the form with the keyboard only: Tab to each radio group, arrows to
// choose, typing in the open questions, Enter on the save button.
async function fill(page, role, k, open) {
	const roles = ['teamlid', 'collega-leidinggevende', 'bestuurder', 'anders'];
	const n = await page.evaluate(() => document.querySelectorAll('fieldset.q').length);
	await page.keyboard.press('Tab'); // the first role
	const first = await page.evaluate(() => document.activeElement.name);
	b.check(first === 'rol', `the first Tab stop is "${first}", not the role question`);
	const r = roles.indexOf(role);
	if (r === 0)
		await page.keyboard.press('Space');
	for (let j = 0; j < r; j++)
		await page.keyboard.press('ArrowDown');
	// a visible focus: the focused option's label has an outline
	const outline = await page.evaluate(() => {
		const l = document.activeElement.closest('label');
		return l ? getComputedStyle(l).outlineStyle : 'none';
	});
	b.check(outline !== 'none', 'no visible focus on the focused role option');
	const chosen = {};
	for (let i = 0; i < n; i++) {
		await page.keyboard.press('Tab');
		const v = pick(k, i);
		if (v === 1)
			await page.keyboard.press('Space');
		for (let j = 1; j < v; j++)
			await page.keyboard.press('ArrowRight');
		chosen[i] = v;
	}
	for (const text of open) {
		await page.keyboard.press('Tab');
		const tag = await page.evaluate(() => document.activeElement.tagName);
		b.check(tag === 'TEXTAREA', `expected an open question, focus is on ${tag}`);
		if (text)
			await page.keyboard.type(text);
	}
	await page.keyboard.press('Tab');
	const id = await page.evaluate(() => document.activeElement.id);
	b.check(id === 'opslaan', `after the open questions the focus is on "${id}", not the save button`);
	await page.keyboard.press('Enter');
	return { chosen, n };
}

b.run('feedback_form', async () => {
	const dir = b.tempDir();
	const data = path.join(dir, 'data');
	const answers = path.join(dir, 'antwoorden');
	const downloads = path.join(dir, 'downloads');
	fs.mkdirSync(answers);
	fs.mkdirSync(downloads);
	const form = path.join(dir, 'formulier.html');
	b.spiegelOk(['invite', Q, '--name', 'Anna', '-o', form], { dataDir: data });
	const rounds = fs.readdirSync(path.join(data, 'feedback'));
	b.check(rounds.length === 1, `expected one round file, found ${rounds}`);
	const roundId = path.basename(rounds[0], '.json');

	const browser = await b.launch();
	const dl = await b.captureDownloads(browser, downloads);
	const observers = [
		{ role: 'teamlid', open: ['Je luistert écht naar ons.', 'Vaker in de klas komen.'] },
		{ role: 'teamlid', open: ['', 'Besluiten beter uitleggen.'] },
		{ role: 'collega-leidinggevende', open: ['Rust in het MT.', ''] },
	];
	for (let k = 0; k < observers.length; k++) {
		const { page, assertNoNetwork } = await b.openFile(browser, form);
		const info = await page.evaluate(() => ({
			lang: document.documentElement.lang,
			h1: document.querySelector('h1').textContent,
			legends: [...document.querySelectorAll('fieldset')].every((f) => f.querySelector('legend')),
			labelled: [...document.querySelectorAll('input,textarea')].every((e) => e.closest('label') ||
				document.querySelector(`label[for="${e.id}"]`)),
			who: document.body.innerText.includes('Wie ziet wat?'),
			cookies: document.cookie,
			external: [...document.querySelectorAll('[src],[href]')].map((e) => e.getAttribute('src') || e.getAttribute('href')),
		}));
		b.check(info.lang === 'nl', 'the form is not lang="nl"');
		b.check(info.h1 === 'Hoe zie jij Anna?', `h1 is "${info.h1}"`);
		b.check(info.legends, 'a fieldset without a legend');
		b.check(info.labelled, 'a field without a label');
		b.check(info.who, 'the form does not say who sees what');
		b.check(info.external.length === 0, `the form refers to other files: ${info.external}`);
		const o = observers[k];
		const { chosen, n } = await fill(page, o.role, k, o.open);
		const got = await dl.waitForDownload();
		b.check(/^feedback-[0-9a-f]{6}-[0-9a-f]{6}\.json$/.test(got.suggested || ''),
			`download name "${got.suggested}"`);
		const text = fs.readFileSync(got.file, 'utf8');
		const j = JSON.parse(text);
		b.check(JSON.stringify(Object.keys(j)) ===
			JSON.stringify(['format', 'round', 'form', 'role', 'response', 'answers',
					...(o.open.some((t) => t) ? ['open'] : [])]),
			`the answer file has keys ${Object.keys(j)}`);
		b.check(j.format === 'spiegel-feedback/1' && j.round === roundId && j.role === o.role,
			`format/round/role: ${j.format} ${j.round} ${j.role}`);
		b.check(/^[0-9a-f]{16}$/.test(j.response), `response id "${j.response}"`);
		b.check(!text.includes('Anna'), 'the answer file holds the leader\'s name');
		const items = b.questionnaire(Q).sections.flatMap((s) => s.items).filter((it) => it.type === 'likert');
		b.check(items.length === n, `${n} questions in the form, ${items.length} likert items`);
		items.forEach((it, i) => {
			const want = chosen[i] === 6 ? 'weet niet' : chosen[i];
			b.check(j.answers[it.id] === want, `${it.id}: saved ${j.answers[it.id]}, chose ${want}`);
		});
		if (o.open[0])
			b.check(j.open.blijven === o.open[0], `open answer: ${j.open.blijven}`);
		// the fallback shows the same text, to copy where downloads are blocked
		const shown = await page.evaluate(() => ({
			json: document.getElementById('antwoordtekst').value,
			visible: !document.getElementById('fallback').hidden,
			status: document.getElementById('status').textContent,
		}));
		b.check(shown.visible && shown.json === text, 'the copy fallback does not show the saved text');
		b.check(shown.status.includes(got.suggested), `status: ${shown.status}`);
		const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
		b.check(storage === 0 && info.cookies === '', 'the form stored something in the browser');
		if (k === 0) {
			await b.screenshot(page, 'feedback_form');
			await page.setViewport({ width: 390, height: 844, isMobile: true });
			await b.screenshot(page, 'feedback_form_phone', { fullPage: false });
			const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
			b.check(!wide, 'the form scrolls sideways on a phone-sized screen');
		}
		assertNoNetwork();
		fs.copyFileSync(got.file, path.join(answers, got.suggested));
		await page.close();
	}

	// a saved file loads
	const one = b.spiegel(['feedback', answers, '--format', 'json'], { dataDir: data });
	b.check(one.status === 0, `spiegel feedback on the browser's files: ${one.stderr}`);
	b.check(JSON.parse(one.stdout).responses === 3, 'spiegel feedback does not count the 3 browser files');

	// four more with spiegel observe --plain, then the figures
	const plain = [
		['teamlid', 0], ['collega-leidinggevende', 1], ['bestuurder', 2], ['anders', 3],
	];
	const roles = ['teamlid', 'collega-leidinggevende', 'bestuurder', 'anders'];
	const n = b.questionnaire(Q).sections.flatMap((s) => s.items).filter((it) => it.type === 'likert').length;
	for (const [role, k] of plain) {
		const lines = [String(roles.indexOf(role) + 1)];
		for (let i = 0; i < n; i++) {
			const v = pick(k + 3, i);
			lines.push(v === 6 ? '0' : String(v));
		}
		lines.push(`Plain ${k} blijven`, '');
		b.spiegelOk(['observe', form, '-o', path.join(answers, `plain-${k}.json`), '--plain'], {
			dataDir: data,
			input: lines.join('\n') + '\n',
		});
	}
	const self = b.spiegelOk(['start', Q, '--plain'], {
		dataDir: data,
		input: b.plainAnswers(Q, (it, i) => 1 + ((i * 7) % 5), 'GEHEIM-ZELF'),
	});
	const sid = /Sessie-id: (\S+)/.exec(self)[1];
	const py = spawnSync('python3', [path.join(b.SRCDIR, 'test/plain/feedback_figures.py'),
		'--spiegel', b.SPIEGEL, '--content', b.CONTENT, '--data', data, '--session', sid,
		'--answers', answers, '--expect-n', '7'], { encoding: 'utf8' });
	if (py.status !== 0)
		b.fail(`independent computation disagrees:\n${py.stdout}\n${py.stderr}`);
	console.log(py.stdout.trim());

	// the HTML report: a look, no network, prints
	const rep = path.join(dir, 'rapport.html');
	b.spiegelOk(['report', sid, '--feedback', answers, '--format', 'html', '-o', rep], { dataDir: data });
	const { page, assertNoNetwork } = await b.openFile(browser, rep);
	await b.screenshot(page, 'feedback_report');
	await b.checkPrint(page, 'feedback_report');
	const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
	b.check(scripts === 0, 'the feedback report has a script');
	assertNoNetwork();
	const html = fs.readFileSync(rep, 'utf8');
	b.check(!html.includes('GEHEIM-ZELF'), 'the leader\'s private open answer is in the report');
	b.check(!fs.readFileSync(form, 'utf8').includes('GEHEIM-ZELF'), 'the form holds a private answer');
});
