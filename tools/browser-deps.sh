#!/bin/sh
# What the browser tests need (test/browser/README.md): Debian's chromium,
# node and npm, and the pinned puppeteer-core in test/browser/node_modules.
# Run by `make test-deps` (so by `make test`). Node is looked for on PATH first (a node installed
# another way is fine); chromium always comes from Debian.
here=$(dirname "$0")
pkgs=chromium
command -v node >/dev/null 2>&1 || pkgs="$pkgs nodejs"
command -v npm >/dev/null 2>&1 || pkgs="$pkgs npm"
# shellcheck disable=SC2086
sh "$here/deps.sh" $pkgs || exit 1
dir="$here/../test/browser"
stamp="$dir/node_modules/.package-lock.json"
# npm ci when node_modules is missing or older than the lock file; the
# driver never downloads a browser (it uses /usr/bin/chromium)
if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
	echo "puppeteer-core installeren in test/browser (npm ci)"
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund ||
		exit 1
fi
