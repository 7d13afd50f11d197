// The group report (spiegel group --format html) in a real browser: opened
// from a file it loads nothing else, has its headings, table and charts,
// and prints as a PDF whose tables fit the page.
import fs from 'node:fs';
import path from 'node:path';
import * as b from './lib.mjs';

b.run('group_report', async () => {
	const dir = b.tempDir();
	const data = path.join(dir, 'data');
	// five participants (the minimum group) with different answers
	for (let p = 0; p < 5; p++)
		b.spiegelOk(['start', 'visie', '--plain'], {
			dataDir: data,
			input: b.plainAnswers('visie', (it, i) => 1 + ((i + p) % 5)),
		});
	const html = path.join(dir, 'groep.html');
	b.spiegelOk(['group', '--format', 'html', '-o', html, path.join(data, 'sessions')], {
		dataDir: data,
	});
	const browser = await b.launch();
	const { page, assertNoNetwork } = await b.openFile(browser, html);
	const info = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelector('h1')?.textContent || '',
		tables: document.querySelectorAll('table').length,
		svgs: document.querySelectorAll('svg').length,
		scripts: document.querySelectorAll('script').length,
		text: document.body.innerText,
	}));
	b.check(info.lang === 'nl', `lang is "${info.lang}", expected nl`);
	b.check(info.h1.startsWith('Groepsrapport'), `h1 is "${info.h1}"`);
	b.check(info.tables > 0 && info.svgs > 0, `expected tables and charts (${info.tables}, ${info.svgs})`);
	b.check(info.scripts === 0, 'the group report has a script');
	b.check(info.text.includes('Deelnemers: 5'), 'the report does not say it has 5 participants');
	await b.screenshot(page, 'group_report');
	await b.checkPrint(page, 'group_report');
	assertNoNetwork();
	b.check(fs.statSync(html).size > 1000, 'the report is nearly empty');
});
