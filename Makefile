# Thin wrapper around meson: installs what is missing, builds, runs, tests.
BUILD ?= build
PKGS := meson ninja-build pkg-config gcc libncurses-dev libcjson-dev libutf8proc-dev libcmocka-dev tmux python3 \
	locales valgrind

.PHONY: all deps setup build run test test-sanitize test-valgrind clean

all: build

deps:
	@sh tools/deps.sh $(PKGS)

$(BUILD)/build.ninja: | deps
	meson setup $(BUILD)

setup: deps $(BUILD)/build.ninja

build: setup
	meson compile -C $(BUILD)

run: build
	./$(BUILD)/spiegel

test: build
	meson test -C $(BUILD) --print-errorlogs

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
SANBUILD ?= build-sanitize
$(SANBUILD)/build.ninja: | deps
	meson setup $(SANBUILD) -Db_sanitize=address,undefined -Db_lundef=false

test-sanitize: deps $(SANBUILD)/build.ninja
	meson compile -C $(SANBUILD)
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/test/lsan.supp \
	meson test -C $(SANBUILD) --print-errorlogs

# The unit tests under valgrind: no leaks, no invalid accesses.
test-valgrind: build
	meson test -C $(BUILD) --suite unit --print-errorlogs \
		--wrap='valgrind --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect -q'

clean:
	rm -rf $(BUILD) $(SANBUILD)
