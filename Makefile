# Thin wrapper around meson: installs what is missing, builds, runs, tests.
BUILD ?= build
PKGS := meson ninja-build pkg-config gcc libncurses-dev libcjson-dev libcmocka-dev tmux python3 locales

.PHONY: all deps setup build run test clean

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

clean:
	rm -rf $(BUILD)
