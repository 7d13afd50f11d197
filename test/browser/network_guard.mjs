// The guard of lib.mjs must see what it is meant to catch: a page that asks
// for an image, a style sheet and a fetch elsewhere (a local port nothing
// listens on) has each of them recorded as foreign and aborted, while the
// file itself and a data: URL pass.
import fs from 'node:fs';
import path from 'node:path';
import * as b from './lib.mjs';

b.run('network_guard', async () => {
	const dir = b.tempDir();
	const file = path.join(dir, 'lek.html');
	fs.writeFileSync(file, `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<link rel="stylesheet" href="http://127.0.0.1:9/stijl.css"></head><body>
<img src="http://127.0.0.1:9/beeld.png" alt="">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<script>fetch('http://127.0.0.1:9/api').catch(() => {});</script></body></html>`);
	const browser = await b.launch();
	const { page, requests, assertNoNetwork } = await b.openFile(browser, file);
	await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
	let caught = '';
	try {
		assertNoNetwork();
	} catch (e) {
		caught = e.message;
	}
	for (const want of ['stijl.css', 'beeld.png', '/api'])
		b.check(caught.includes(want), `the guard missed ${want}: "${caught}" (saw ${requests.join(', ')})`);
	b.check(!caught.includes('data:'), 'the guard counts a data: URL as network');
});
