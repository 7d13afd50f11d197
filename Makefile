# Thin wrapper around meson: installs what is missing, builds, runs, tests.
BUILD ?= build
PKGS := meson ninja-build pkg-config gcc libncurses-dev libcjson-dev libutf8proc-dev libcmocka-dev tmux python3 \
	locales valgrind dialog jq bash-completion

.PHONY: all deps test-deps setup build run install uninstall test test-sanitize test-valgrind fuzz fuzz-deps bench clean

all: build

deps:
	@sh tools/deps.sh $(PKGS)

# What only the tests need on top: chromium and the pinned puppeteer-core
# for the browser tests (`make run` does not install a browser).
test-deps: deps
	@sh tools/browser-deps.sh

$(BUILD)/build.ninja: | deps
	meson setup $(BUILD)

setup: deps $(BUILD)/build.ninja

build: setup
	meson compile -C $(BUILD)

# The build tree's spiegel with the source tree's content (an installed
# spiegel reads PREFIX/share/spiegel); `meson devenv -C build` gives a shell
# with both.
run: build
	./$(BUILD)/spiegel --content-dir content

# Install: as root to /usr/local, otherwise to ~/.local (or PREFIX=...), in
# a build directory of its own (the prefix is compiled in: where the
# content is).
ifeq ($(shell id -u),0)
PREFIX ?= /usr/local
else
PREFIX ?= $(HOME)/.local
endif
INSTBUILD ?= build-install
install: | deps
	@if [ -f $(INSTBUILD)/build.ninja ]; then \
		meson configure $(INSTBUILD) --prefix=$(PREFIX); \
	else \
		meson setup $(INSTBUILD) --prefix=$(PREFIX) --buildtype=release -Dtests=false -Dfuzz=disabled; \
	fi
	meson compile -C $(INSTBUILD)
	meson install -C $(INSTBUILD)
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) \
		echo; \
		echo "Let op: $(PREFIX)/bin staat niet in je PATH: alleen 'spiegel' typen werkt daarom nog niet."; \
		echo "Zet deze regel in ~/.profile (of ~/.bashrc) en open een nieuwe terminal:"; \
		echo "  export PATH=\"$(PREFIX)/bin:\$$PATH\""; \
		echo "Tot dan: $(PREFIX)/bin/spiegel";; \
	esac

uninstall:
	ninja -C $(INSTBUILD) uninstall

test: test-deps build
	meson test -C $(BUILD) --print-errorlogs

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
SANBUILD ?= build-sanitize
$(SANBUILD)/build.ninja: | deps
	meson setup $(SANBUILD) -Db_sanitize=address,undefined -Db_lundef=false

test-sanitize: test-deps $(SANBUILD)/build.ninja
	meson compile -C $(SANBUILD)
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/test/lsan.supp \
	meson test -C $(SANBUILD) --print-errorlogs

# The unit tests under valgrind: no leaks, no invalid accesses.
test-valgrind: build
	meson test -C $(BUILD) --suite unit --print-errorlogs \
		--wrap='valgrind --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect -q'

# libFuzzer harnesses (fuzz/README.md): clang, ASan, UBSan, a separate build,
# FUZZ_TIME seconds per harness. `make test` replays their corpus (suite fuzz).
FUZZBUILD ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_HARNESSES ?= catalogue questionnaire session group intervisie feedback plan
FUZZ_PKGS := clang libclang-rt-14-dev
FUZZ_CFLAGS := -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer
fuzz-deps: deps
	@sh tools/deps.sh $(FUZZ_PKGS)

$(FUZZBUILD)/build.ninja: | fuzz-deps
	CC=clang meson setup $(FUZZBUILD) -Dfuzz=libfuzzer -Dtests=false \
		-Db_sanitize=address,undefined -Db_lundef=false -Dc_args='$(FUZZ_CFLAGS)'

fuzz: fuzz-deps $(FUZZBUILD)/build.ninja
	meson compile -C $(FUZZBUILD)
	sh fuzz/run.sh $(FUZZBUILD) $(FUZZ_TIME) $(FUZZ_HARNESSES)

# The benchmark suite (bench/README.md): spiegel next to its floors (bench/*.c)
# and peers (dialog, jq, python3), one table of medians and ratios. Its own
# build dir; data and results in $(BENCHBUILD)/work. `make test` runs a smoke
# run of it (suite bench), never this full run.
BENCHBUILD ?= build-bench
BENCH_RUNS ?= 20
$(BENCHBUILD)/build.ninja: | deps
	meson setup $(BENCHBUILD) -Dtests=false -Dfuzz=disabled

bench: deps $(BENCHBUILD)/build.ninja
	meson compile -C $(BENCHBUILD)
	python3 bench/bench.py --spiegel $(BENCHBUILD)/spiegel --bin $(BENCHBUILD)/bench \
		--content content --work $(BENCHBUILD)/work --runs $(BENCH_RUNS)

clean:
	rm -rf $(BUILD) $(SANBUILD) $(FUZZBUILD) $(BENCHBUILD) $(INSTBUILD)
