// Shared helpers of the browser tests (test/browser/README.md).
//
// Every test opens an HTML artefact spiegel wrote from a file:// URL in
// headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core,
// which never downloads a browser of its own), with a fresh profile and a
// guard that fails the test on any request other than the file itself and
// data: URLs. Environment (set by meson): SPIEGEL (the binary), SRCDIR (the
// repository), OUTDIR (where screenshots and PDFs go, under the build dir).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SPIEGEL = process.env.SPIEGEL;
export const SRCDIR = process.env.SRCDIR;
export const CONTENT = SRCDIR ? path.join(SRCDIR, 'content') : undefined;
export const OUTDIR = process.env.OUTDIR || os.tmpdir();

// Meson's exit status for a skipped test.
export const SKIP = 77;

const cleanups = [];
let testName = 'browser';

class TestFailure extends Error {}

// Fail the test (run() reports it and cleans up).
export function fail(msg) {
	throw new TestFailure(msg);
}

export function check(cond, msg) {
	if (!cond)
		fail(msg);
}

// Load puppeteer-core, or skip the test (exit 77) when chromium or the
// driver really is not installed (`make test` installs both on Debian 12).
async function driver() {
	if (!fs.existsSync(CHROMIUM)) {
		console.log(`SKIP: ${CHROMIUM} is not installed (make test installs it)`);
		process.exit(SKIP);
	}
	try {
		return (await import('puppeteer-core')).default;
	} catch (e) {
		console.log(`SKIP: puppeteer-core is not installed in test/browser/node_modules ` +
			    `(make test runs npm ci --prefix test/browser): ${e.message}`);
		process.exit(SKIP);
	}
}

// A private temporary directory, removed when the test ends.
export function tempDir(prefix = 'spiegel-browser-') {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	cleanups.push(() => fs.rmSync(d, { recursive: true, force: true }));
	return d;
}

// Name the test (for messages) and check the environment.
export function setup(name) {
	testName = name;
	if (!SPIEGEL || !SRCDIR)
		fail('SPIEGEL and SRCDIR must be set (meson sets them)');
	fs.mkdirSync(OUTDIR, { recursive: true });
}

// The launch flags agreed in notes/browser-tests.md: no network of its own,
// no sandbox (root), a fresh profile.
export async function launch() {
	const puppeteer = await driver();
	const profile = tempDir('spiegel-chromium-');
	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--user-data-dir=${profile}`,
		],
	});
	cleanups.unshift(() => browser.close().catch(() => {}));
	return browser;
}

// A new page whose every request is checked: only fileUrl itself (and, for
// downloads made from a Blob, blob: URLs of the page) and data: URLs may
// load; anything else is aborted and recorded. Returns { page, requests,
// assertNoNetwork }.
export async function guardedPage(browser, fileUrl) {
	const page = await browser.newPage();
	const requests = [];
	const foreign = [];
	await page.setRequestInterception(true);
	page.on('request', (req) => {
		const url = req.url();
		requests.push(url);
		const ok = url === fileUrl || url.startsWith('data:') || url.startsWith('blob:');
		if (ok) {
			req.continue();
		} else {
			foreign.push(url);
			req.abort('blockedbyclient');
		}
	});
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return {
		page,
		requests,
		errors,
		assertNoNetwork() {
			check(errors.length === 0, `script errors in the page: ${errors.join('; ')}`);
			check(foreign.length === 0,
			      `the page asked for something other than itself: ${foreign.join(', ')}`);
			check(requests.includes(fileUrl), `the guard saw no request for ${fileUrl} ` +
							  '(is the guard working?)');
		},
	};
}

// Open path in a guarded page: { page, url, assertNoNetwork }.
export async function openFile(browser, file) {
	const url = pathToFileURL(path.resolve(file)).href;
	const g = await guardedPage(browser, url);
	await g.page.goto(url, { waitUntil: 'load' });
	return { ...g, url };
}

// Downloads of the browser go to dir; waitForDownload() resolves with the
// path of the next completed one (fails after timeoutMs).
export async function captureDownloads(browser, dir) {
	const cdp = await browser.target().createCDPSession();
	await cdp.send('Browser.setDownloadBehavior', {
		behavior: 'allowAndName',
		downloadPath: dir,
		eventsEnabled: true,
	});
	const names = new Map();
	const done = [];
	let waiter = null;
	cdp.on('Browser.downloadWillBegin', (e) => names.set(e.guid, e.suggestedFilename));
	cdp.on('Browser.downloadProgress', (e) => {
		if (e.state !== 'completed')
			return;
		done.push({ file: path.join(dir, e.guid), suggested: names.get(e.guid) });
		if (waiter)
			waiter();
	});
	return {
		async waitForDownload(timeoutMs = 20000) {
			const t0 = Date.now();
			while (done.length === 0) {
				if (Date.now() - t0 > timeoutMs)
					fail('no download completed');
				await new Promise((r) => {
					waiter = r;
					setTimeout(r, 200);
				});
			}
			return done.shift();
		},
	};
}

// Screenshot of the whole page under OUTDIR, for a human look.
export async function screenshot(page, name, opts = {}) {
	const file = path.join(OUTDIR, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true, ...opts });
	console.log(`screenshot: ${file}`);
	return file;
}

// A printable artefact: print media emulated, no table wider than its box,
// and a PDF with at least one page (written under OUTDIR).
export async function checkPrint(page, name) {
	await page.emulateMediaType('print');
	const overflow = await page.evaluate(() =>
		[...document.querySelectorAll('table')]
			.filter((t) => t.scrollWidth > t.clientWidth + 1)
			.map((t) => (t.closest('section,div,main') || t).textContent.slice(0, 60)));
	check(overflow.length === 0, `tables wider than the page in print: ${overflow.join(' | ')}`);
	const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
	const file = path.join(OUTDIR, `${name}.pdf`);
	fs.writeFileSync(file, pdf);
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
	check(pages >= 1, `the PDF has no pages (${file})`);
	await page.emulateMediaType(null);
	console.log(`pdf: ${file} (${pages} pages)`);
	return pages;
}

// Run spiegel with args (and input on stdin); { status, stdout, stderr }.
export function spiegel(args, { input = '', dataDir, contentDir = CONTENT, cwd } = {}) {
	const pre = [];
	if (dataDir)
		pre.push('--data-dir', dataDir);
	if (contentDir)
		pre.push('--content-dir', contentDir);
	const r = spawnSync(SPIEGEL, [...pre, ...args], {
		input,
		cwd,
		encoding: 'utf8',
		env: { ...process.env, LC_ALL: 'C.UTF-8' },
		timeout: 60000,
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// spiegel that must succeed; returns stdout.
export function spiegelOk(args, opts) {
	const r = spiegel(args, opts);
	if (r.status !== 0)
		fail(`spiegel ${args.join(' ')}: status ${r.status}\n${r.stderr}`);
	return r.stdout;
}

// The questionnaire file of the bundled content.
export function questionnaire(id) {
	return JSON.parse(fs.readFileSync(path.join(CONTENT, `${id}.json`), 'utf8'));
}

// Lines that answer every item of questionnaire id in plain mode: likert
// answers from pick(item, index), the first option of a choice, text (not
// shared) for open items.
export function plainAnswers(id, pick, text = 'Een antwoord.') {
	const q = questionnaire(id);
	const lines = [];
	let i = 0;
	for (const s of q.sections)
		for (const it of s.items) {
			if (it.type === 'likert')
				lines.push(String(pick(it, i++)));
			else if (it.type === 'open')
				lines.push(text, '');
			else
				lines.push('1');
		}
	return lines.join('\n') + '\n';
}

// Run body, then clean up; any exception fails the test.
export async function run(name, body) {
	setup(name);
	let status = 0;
	try {
		await body();
		console.log(`${name}: all checks passed`);
	} catch (e) {
		console.error(`FAIL (${name}): ${e instanceof TestFailure ? e.message : e.stack || e}`);
		status = 1;
	}
	for (const c of cleanups)
		await c();
	process.exit(status);
}
