#!/bin/sh
# Install the Debian packages named on the command line that are missing.
# As root: apt-get. With sudo: sudo apt-get. Otherwise: print the command.
missing=""
for p in "$@"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0
cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y$missing"
if [ "$(id -u)" = 0 ]; then
	echo "Ontbrekende pakketten installeren:$missing"
	sh -c "$cmd" || exit 1
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	echo "Ontbrekende pakketten installeren met sudo:$missing"
	sudo sh -c "$cmd" || exit 1
else
	echo "Er ontbreken pakketten. Installeer ze als root met:" >&2
	echo "  sudo sh -c '$cmd'" >&2
	exit 1
fi
