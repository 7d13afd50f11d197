// The HTML portfolio (issue 16) in headless Chromium: two visie sessions
// (so there is growth), a voornemen from the first with a look back that
// holds a 300-character word, an own voornemen and a marked reflection. It
// must load nothing, say on its first page what it holds and leaves out
// (a page of its own in print), and print to a PDF whose every page has
// text, with no table wider than its box. The screenshot and the PDF go to
// OUTDIR for a human look.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as b from './lib.mjs';

// The pages of a PDF from Chromium and, per page, whether its content
// streams show any text (a Tj or TJ operator): an empty page has none.
function pdfPages(pdf) {
	const raw = pdf.toString('latin1');
	const objs = new Map();
	const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
	let m;
	while ((m = re.exec(raw)))
		objs.set(m[1], { body: m[2], at: m.index + m[0].indexOf(m[2]) });
	const stream = (id) => {
		const o = objs.get(id);
		if (!o)
			return '';
		const s = o.body.indexOf('stream');
		if (s < 0)
			return '';
		const len = /\/Length (\d+)/.exec(o.body);
		let start = o.at + s + 'stream'.length;
		if (pdf[start] === 0x0d)
			start++;
		if (pdf[start] === 0x0a)
			start++;
		const data = pdf.subarray(start, start + Number(len ? len[1] : 0));
		try {
			return /FlateDecode/.test(o.body) ? zlib.inflateSync(data).toString('latin1')
							  : data.toString('latin1');
		} catch {
			return '';
		}
	};
	const pages = [];
	for (const [, o] of objs) {
		if (!/\/Type\s*\/Page(?![a-z])/.test(o.body))
			continue;
		const c = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(o.body);
		const ids = c ? [...c[1].matchAll(/(\d+) 0 R/g)].map((x) => x[1]) : [];
		const text = ids.map(stream).join('\n');
		pages.push(/T[jJ]/.test(text));
	}
	return pages;
}

b.run('portfolio', async () => {
	const data = b.tempDir();
	const out = b.tempDir();
	process.env.SPIEGEL_TODAY = '2026-12-01';
	// the first session: answers 2 and 4 in turn (a clear low point, next
	// steps), a voornemen from the first step and an own one, the first
	// reflection for the portfolio
	const first = b.plainAnswers('visie', (it, i) => (i % 3 === 0 ? 2 : 4),
				     'Ik merk dat ik de visie vooral in het MT bespreek.') +
		      '1 e\nDe visie bespreken in drie teamoverleggen\n15-12-2026\nhet team\n' +
		      'Leraren noemen de visie zelf\nElke maand één leskijkbezoek\nRooster maken\n' +
		      '2026-12-20\nde bouwcoördinatoren\n\n1\n';
	let r = b.spiegel(['start', 'visie', '--plain'], { input: first, dataDir: data });
	b.check(r.status === 0, `first session: status ${r.status}\n${r.stderr}`);
	const ids = [...r.stdout.matchAll(/Opgeslagen: voornemen ([0-9a-f-]+) /g)].map((x) => x[1]);
	b.check(ids.length === 2, `expected two voornemens:\n${r.stdout.slice(-2000)}`);
	// a look back with a word too long for any column or line
	process.env.SPIEGEL_TODAY = '2026-12-16';
	const long = 'Teamoverleg'.repeat(28);
	r = b.spiegel(['plan', 'update', ids[0]],
		      { input: `2\n${long}\nSamen praten helpt.\n3\n2027-01-12\n`, dataDir: data });
	b.check(r.status === 0, `plan update: status ${r.status}\n${r.stderr}`);
	// the second session, higher answers: growth
	const second = b.plainAnswers('visie', (it, i) => (i % 3 === 0 ? 3 : 5)) + '\n\n';
	r = b.spiegel(['start', 'visie', '--plain'], { input: second, dataDir: data });
	b.check(r.status === 0, `second session: status ${r.status}\n${r.stderr}`);

	const file = path.join(out, 'portfolio.html');
	b.spiegelOk(['portfolio', '-o', file], { dataDir: data });
	const html = fs.readFileSync(file, 'utf8');
	b.check(!/<script|<link|src=|@import|url\(/i.test(html), 'the portfolio refers to something outside itself');

	const browser = await b.launch();
	const { page, assertNoNetwork } = await b.openFile(browser, file);
	assertNoNetwork();
	const first_page = await page.evaluate(() => {
		const s = document.querySelector('section.first');
		return s ? s.innerText : '';
	});
	for (const want of ['Wat dit portfolio bevat', 'Wat dit portfolio niet bevat',
			    '2 afgeronde sessies', '2 voornemens', '1 reflectie', 'blijven privé'])
		b.check(first_page.includes(want), `the first page lacks "${want}"`);
	const body = await page.evaluate(() => document.body.innerText);
	for (const want of ['Per domein', 'Leidinggeven aan visiegestuurd werken',
			    'De visie bespreken in drie teamoverleggen', 'Samen praten helpt.',
			    'Ik merk dat ik de visie vooral in het MT bespreek.', 'Verandering'])
		b.check(body.includes(want), `the portfolio lacks "${want}"`);
	b.check(!body.includes('Een antwoord.'), 'an unmarked open answer is in the portfolio');
	const changes = await page.evaluate(() =>
		[...document.querySelectorAll('td.num')].map((td) => td.textContent)
			.filter((t) => /^[+-]\d+,\d$/.test(t)).length);
	b.check(changes > 0, 'no change (+x,y or -x,y, a decimal comma) between the two sessions');
	await b.screenshot(page, 'portfolio');

	// print: the first page stands alone and fits one A4 page; nothing is
	// wider than the page
	await page.emulateMediaType('print');
	const layout = await page.evaluate(() => {
		const s = document.querySelector('section.first');
		const wide = [...document.querySelectorAll('main *')]
			.filter((e) => e.scrollWidth > e.clientWidth + 1 &&
				       getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
			.map((e) => e.tagName + ': ' + e.textContent.slice(0, 40));
		return { breakAfter: getComputedStyle(s).breakAfter, height: s.getBoundingClientRect().height,
			 wide };
	});
	b.check(layout.breakAfter === 'page', `the first page does not end in a page break (${layout.breakAfter})`);
	b.check(layout.wide.length === 0, `wider than its box in print: ${layout.wide.join(' | ')}`);
	await page.emulateMediaType(null);
	const pages = await b.checkPrint(page, 'portfolio');
	b.check(pages >= 3, `expected at least 3 printed pages (first page, sessions, domains), got ${pages}`);
	const pdf = fs.readFileSync(path.join(b.OUTDIR, 'portfolio.pdf'));
	const text = pdfPages(pdf);
	b.check(text.length === pages, `found ${text.length} page objects for ${pages} pages`);
	const empty = text.map((t, i) => (t ? 0 : i + 1)).filter((i) => i);
	b.check(empty.length === 0, `printed pages without text: ${empty.join(', ')}`);
	// the first printed page is the first page alone: A4 at 96 dpi is 1123
	// px high, less the 16 mm margins top and bottom (121 px)
	b.check(layout.height < 1123 - 121, `the first page is ${layout.height}px high: more than one A4 page`);
});
