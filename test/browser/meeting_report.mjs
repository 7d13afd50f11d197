// The meeting report (spiegel intervisie GROEP verslag --format html) in a
// real browser: opened from a file it loads nothing else, has its sections,
// leaves out what the group did not agree to share, and prints as a PDF in
// which nothing is wider than the page (also a casus with a word far wider
// than a line).
import fs from 'node:fs';
import path from 'node:path';
import * as b from './lib.mjs';

b.run('meeting_report', async () => {
	const dir = b.tempDir();
	const fixture = path.join(b.SRCDIR, 'test', 'data', 'golden');
	const group = JSON.parse(
		fs.readFileSync(path.join(fixture, 'intervisie', 'bijeenkomsten.json'), 'utf8'));
	group.meetings[1].situatie += ' ' + 'onderwijsvernieuwingsgeschiedenis'.repeat(6);
	const file = path.join(dir, 'groep.json');
	fs.writeFileSync(file, JSON.stringify(group, null, 2) + '\n');
	const html = path.join(dir, 'verslag.html');
	b.spiegelOk(['intervisie', file, 'verslag', '2', '--format', 'html', '-o', html], {
		dataDir: path.join(dir, 'data'),
		contentDir: path.join(fixture, 'content'),
	});
	const browser = await b.launch();
	const { page, assertNoNetwork } = await b.openFile(browser, html);
	const info = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelector('h1')?.textContent || '',
		h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
		scripts: document.querySelectorAll('script').length,
		text: document.body.innerText,
	}));
	b.check(info.lang === 'nl', `lang is "${info.lang}", expected nl`);
	b.check(info.h1 === 'Intervisie: Intervisie Noord & Oost, bijeenkomst 2', `h1 is "${info.h1}"`);
	for (const h of ['Casus', 'Terugblik op de vorige stappen', 'Volgende stappen', 'Groepsbeeld'])
		b.check(info.h2.includes(h), `no section "${h}" (${info.h2.join(', ')})`);
	b.check(info.scripts === 0, 'the meeting report has a script');
	b.check(info.text.includes('12 januari 2027'), 'the date is not written the Dutch way');
	b.check(info.text.includes('61,7'), 'the group view has no decimal comma');
	b.check(info.text.includes('niet afgesproken het inzicht van de inbrenger te delen'),
		'the report does not say the inzicht is not shared');
	await b.screenshot(page, 'meeting_report');
	const pages = await b.checkPrint(page, 'meeting_report');
	b.check(pages >= 1 && pages <= 4, `the report prints on ${pages} pages`);
	await page.emulateMediaType('print');
	const wide = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter((e) => e.getBoundingClientRect().right >
				document.querySelector('main').getBoundingClientRect().right + 1)
			.map((e) => e.tagName + ': ' + e.textContent.slice(0, 40)));
	b.check(wide.length === 0, `wider than the page in print: ${wide.join(' | ')}`);
	assertNoNetwork();
});
