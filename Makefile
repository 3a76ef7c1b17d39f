# banshi: `make run` builds and serves the sample catalogues; `make check` builds
# and runs every test. ./configure runs by itself when config.mk is missing.

BUILD ?= build
CC ?= cc
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Werror
OPT ?= -O2 -g
CFLAGS_ALL = -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) -Icore $(DEPS_CFLAGS) $(EXTRA_CFLAGS)
LDFLAGS_ALL = $(EXTRA_LDFLAGS)

-include config.mk

CORE_SRC = $(filter-out core/main.c,$(wildcard core/*.c))
CORE_OBJ = $(CORE_SRC:core/%.c=$(BUILD)/%.o) $(BUILD)/lualib.o
LUA_SRC = $(shell find lua -name '*.lua' | sort)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all run check check-asan valgrind lint format bench fuzz clean distclean

all: banshi

config.mk: configure
	./configure

$(BUILD)/.dir:
	@mkdir -p $(BUILD)/tests && touch $@

$(BUILD)/%.o: core/%.c core/*.h config.mk | $(BUILD)/.dir
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/embed: tools/embed.c | $(BUILD)/.dir
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror $< -o $@

$(BUILD)/lualib.c: $(BUILD)/embed $(LUA_SRC)
	$(BUILD)/embed $@ lua $(LUA_SRC)

$(BUILD)/lualib.o: $(BUILD)/lualib.c core/vm_modules.h
	$(CC) $(CFLAGS_ALL) -Wno-overlength-strings -c $< -o $@

$(BUILD)/banshi: $(BUILD)/main.o $(CORE_OBJ)
	$(CC) $(LDFLAGS_ALL) $^ $(DEPS_LIBS) -o $@

banshi: $(BUILD)/banshi
	@if [ "$(BUILD)" = build ]; then ln -sf build/banshi banshi; fi

$(BUILD)/tests/%: tests/unit/%.c $(CORE_OBJ) tests/unit/t.h
	$(CC) $(CFLAGS_ALL) $< $(CORE_OBJ) $(LDFLAGS_ALL) $(DEPS_LIBS) -o $@

unit: $(UNIT_BIN)

run: banshi
	@mkdir -p var
	./banshi serve --listen 127.0.0.1:8080 --db var/banshi.db --catalogs catalogs

check: banshi $(UNIT_BIN)
	@BANSHI_BIN=$(BUILD)/banshi BANSHI_UNIT_DIR=$(BUILD)/tests tests/run

check-asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" build-asan/banshi unit-asan
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  BANSHI_BIN=build-asan/banshi BANSHI_UNIT_DIR=build-asan/tests BANSHI_SANITIZED=1 tests/run

unit-asan: $(UNIT_BIN)

valgrind: banshi $(UNIT_BIN)
	@BANSHI_BIN=$(BUILD)/banshi BANSHI_UNIT_DIR=$(BUILD)/tests BANSHI_VALGRIND=1 tests/run

lint:
	luacheck lua tests/lua tools catalogs plugins examples
	clang-format --dry-run --Werror core/*.c core/*.h tests/unit/*.c tests/unit/*.h tests/fuzz/*.c tools/*.c

format:
	clang-format -i core/*.c core/*.h tests/unit/*.c tests/unit/*.h tests/fuzz/*.c tools/*.c

$(BUILD)/bench-commit: bench/commit.c $(CORE_OBJ)
	$(CC) $(CFLAGS_ALL) $< $(CORE_OBJ) $(DEPS_LIBS) -o $@

FUZZ_SECONDS ?= 30
fuzz:
	tests/fuzz/run $(FUZZ_SECONDS)

bench: banshi $(BUILD)/bench-commit
	bench/run
	@echo; echo "durable writes through the store (bench/commit.c):"
	@d=$$(mktemp -d); $(BUILD)/bench-commit $$d/commit.db; rm -rf $$d

clean:
	rm -rf build build-asan build-fuzz banshi

distclean: clean
	rm -f config.mk
