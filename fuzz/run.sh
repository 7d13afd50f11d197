#!/bin/sh
# Run the libFuzzer harnesses of a fuzz build one after another and summarise.
#
#   sh fuzz/run.sh BUILDDIR SECONDS HARNESS...
#
# For each harness: a fresh seed directory BUILDDIR/fuzz-work/<h>/seeds with
# content/*.json, test/data/**/*.json, fuzz/seeds/<h>/* and
# fuzz/regressions/<h>/*; a work corpus BUILDDIR/fuzz-work/<h>/corpus that
# libFuzzer fills and that is kept between runs; crash, leak and timeout
# inputs in BUILDDIR/fuzz-work/<h>/artifacts/; the log in .../fuzz.log.
# Exit status 1 if any harness found something.
set -u
if [ $# -lt 3 ]; then
	echo "usage: $0 BUILDDIR SECONDS HARNESS..." >&2
	exit 2
fi
build=$1
secs=$2
shift 2
src=$(cd "$(dirname "$0")/.." && pwd)
work=$build/fuzz-work
status=0
results=""

copy_seed() { # file prefix seeddir
	name=$(printf '%s' "$2${1#"$src"/}" | tr '/' '_')
	cp "$1" "$3/$name"
}

for h in "$@"; do
	bin=$build/fuzz/fuzz-$h
	if [ ! -x "$bin" ]; then
		echo "fuzz: $bin is missing (configure with -Dfuzz=libfuzzer)" >&2
		exit 2
	fi
	dir=$work/$h
	rm -rf "$dir/seeds" "$dir/artifacts"
	mkdir -p "$dir/seeds" "$dir/corpus" "$dir/artifacts"
	for f in "$src"/content/*.json $(find "$src/test/data" -type f -name '*.json' | sort); do
		copy_seed "$f" "" "$dir/seeds"
	done
	for f in "$src/fuzz/seeds/$h"/* "$src/fuzz/regressions/$h"/*; do
		case $(basename "$f") in README* | \*) continue ;; esac
		[ -f "$f" ] && copy_seed "$f" "" "$dir/seeds"
	done
	nseeds=$(ls "$dir/seeds" | wc -l)
	echo "fuzz: $h for ${secs}s ($nseeds seeds, corpus $dir/corpus)"
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
		"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-dict="$src/fuzz/spiegel.dict" -artifact_prefix="$dir/artifacts/" \
		-print_final_stats=1 "$dir/corpus" "$dir/seeds" >"$dir/fuzz.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz.log")
	if [ -z "$execs" ]; then # no final stats after a crash: the last status line
		execs=$(grep -o '^#[0-9]*' "$dir/fuzz.log" | tail -n 1 | tr -d '#')
		rate=$(grep -o 'exec/s: [0-9]*' "$dir/fuzz.log" | tail -n 1 | cut -d' ' -f2)
	fi
	cov=$(grep -o 'cov: [0-9]*' "$dir/fuzz.log" | tail -n 1 | cut -d' ' -f2)
	ft=$(grep -o 'ft: [0-9]*' "$dir/fuzz.log" | tail -n 1 | cut -d' ' -f2)
	units=$(ls "$dir/corpus" | wc -l)
	if [ $rc -eq 0 ]; then
		verdict=ok
	else
		verdict="FOUND (exit $rc)"
		status=1
		echo "fuzz: $h found a problem; the end of $dir/fuzz.log:" >&2
		tail -n 40 "$dir/fuzz.log" >&2
		ls "$dir/artifacts" >&2
	fi
	results="$results$(printf '%-14s %10s %8s %6s %6s %7s  %s' "$h" "${execs:-?}" "${rate:-?}" \
		"${cov:-?}" "${ft:-?}" "$units" "$verdict")
"
done

echo
printf '%-14s %10s %8s %6s %6s %7s  %s\n' harness execs exec/s cov ft corpus result
printf '%s' "$results"
if [ $status -ne 0 ]; then
	echo
	echo "Minimise a finding with: $build/fuzz/fuzz-<harness> -minimize_crash=1 -runs=10000 ARTIFACT"
	echo "then save it under fuzz/regressions/<harness>/ (see fuzz/README.md)."
fi
exit $status
