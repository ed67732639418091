# xsflow build. `make` builds build/xsflow; `make test` builds with
# AddressSanitizer + UndefinedBehaviorSanitizer into build/asan and runs every
# test; `make fuzz` builds the libFuzzer targets with clang.

O        ?= build
CC       ?= cc
SANITIZE ?= 0

# Debian packages providing these are installed by scripts/deps. PKGS are
# linked; LAZY_PKGS give only their headers: the library is loaded with
# dlopen when first used (src/base/dynlib.h), so that a process that
# serves no HTTP, sends none, parses no XML and uses no PostgreSQL does not
# carry them (nor GnuTLS, Kerberos, LDAP, ICU and libstdc++ behind them) in
# its memory.
PKGS := sqlite3 libcrypto libpcre2-8 yaml-0.1 libxcrypt openssl libzip hiredis
LAZY_PKGS := libpq libxml-2.0 libcurl libmicrohttpd
PKG_CFLAGS := $(if $(PKGS),$(shell pkg-config --cflags $(PKGS) $(LAZY_PKGS)))
PKG_LIBS   := $(if $(PKGS),$(shell pkg-config --libs $(PKGS)))

WARN := -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wstrict-prototypes \
        -Wmissing-prototypes -Wformat=2 -Wvla -Wundef -Wimplicit-fallthrough \
        -Wno-missing-field-initializers
ifeq ($(SANITIZE),1)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
else
OPT ?= -O2 -g
endif
CFLAGS  := -std=c17 -D_GNU_SOURCE -Isrc -Iinclude -fvisibility=hidden -MMD -MP \
           $(WARN) $(OPT) $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDFLAGS := $(OPT) $(EXTRA_LDFLAGS)
LIBS    := $(PKG_LIBS) -lm -lpthread

LIB_SRC  := $(sort $(shell find src -name '*.c' -not -path 'src/cli/*'))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c tests/seed/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(O)/obj/%.o) $(O)/obj/gen/web_assets.o
CLI_OBJ  := $(CLI_SRC:%.c=$(O)/obj/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(O)/obj/%.o)

.PHONY: all test asan unit fuzz fuzz-smoke clean test-pg
all: $(O)/xsflow $(O)/unit_tests

# `make V=1` prints whole command lines.
Q := $(if $(V),,@)

$(O)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) -c $< -o $@

# The dashboard's files (web/) become C arrays in a generated source
# (src/http/web_assets.h) linked into the library. tools/embed.c is built
# with the build machine's compiler. The folder is a prerequisite too: its
# time changes when a file is added or removed.
HOST_CC ?= $(CC)
WEB_SRC := $(sort $(wildcard web/*))
WEB_GEN := $(O)/gen/web_assets.c

$(O)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(HOST_CC) -std=c17 $(WARN) -O2 -o $@ $<

$(WEB_GEN): $(O)/tools/embed $(WEB_SRC) web
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(O)/tools/embed $@ $(WEB_SRC)

$(O)/obj/gen/web_assets.o: $(WEB_GEN)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) -c $< -o $@

$(O)/pic/gen/web_assets.o: $(WEB_GEN)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (pic)")
	$(Q)$(CC) $(CFLAGS) -fPIC -c $< -o $@

$(O)/libxsflow.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	$(Q)ar rcs $@ $^

# The shared library: the same sources built position-independent; only
# what include/xsflow.h marks XS_API is exported (-fvisibility=hidden).
PIC_OBJ := $(LIB_SRC:%.c=$(O)/pic/%.o) $(O)/pic/gen/web_assets.o
$(O)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (pic)")
	$(Q)$(CC) $(CFLAGS) -fPIC -c $< -o $@

$(O)/libxsflow.so: $(PIC_OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) -shared $(LDFLAGS) -o $@ $^ $(LIBS)

# examples/embed against the shared library, found next to the binary.
$(O)/embed_example: examples/embed/main.c include/xsflow.h $(O)/libxsflow.so
	@echo "  LD      $@"
	$(Q)$(CC) -std=c17 -Wall -Wextra -Werror $(OPT) -Iinclude -o $@ $< -L$(O) -lxsflow \
	    -Wl,-rpath,'$$ORIGIN'

$(O)/xsflow: $(CLI_OBJ) $(O)/libxsflow.a
	@echo "  LD      $@"
	$(Q)$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(O)/libxsflow.a $(LIBS)

$(O)/unit_tests: $(UNIT_OBJ) $(O)/libxsflow.a
	@echo "  LD      $@"
	$(Q)$(CC) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(O)/libxsflow.a $(LIBS)

# The tests run on the sanitizer build: a finding fails the test that caused
# it. A throw-away PostgreSQL cluster serves the PostgreSQL cases
# (tests/pg/with; XS_PG=off runs without it).
test asan:
	$(MAKE) O=build/asan SANITIZE=1 all
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    tests/pg/with tests/run --bin build/asan/xsflow --unit build/asan/unit_tests

# Only the store's unit cases, on SQLite and a throw-away PostgreSQL.
test-pg:
	$(MAKE) O=build/asan SANITIZE=1 all
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    tests/pg/with build/asan/unit_tests store

# The same tests on the optimised build, faster for a quick loop.
test-release: all
	tests/run --bin $(O)/xsflow --unit $(O)/unit_tests

# A target links only the layers it exercises (see DESIGN.md) when they are
# named in FUZZ_LAYERS_<target>, so it builds without the heavier libraries
# above them; otherwise it links the whole library.
FUZZ_SRC := $(wildcard tests/fuzz/*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_LAYERS_parse := base value lang
FUZZ_LAYERS_json  := base value
fuzz_src = $(if $(FUZZ_LAYERS_$(1)),$(sort $(foreach l,$(FUZZ_LAYERS_$(1)),$(wildcard src/$(l)/*.c))),$(LIB_SRC) $(WEB_GEN))
fuzz_libs = $(if $(FUZZ_LAYERS_$(1)),-lm -lpthread,$(LIBS))
fuzz: $(FUZZ_BIN)
.SECONDEXPANSION:
build/fuzz/%: tests/fuzz/%.c $$(call fuzz_src,$$*)
	@mkdir -p build/fuzz
	clang -std=c17 -D_GNU_SOURCE -Isrc -Iinclude -g -O1 -fsanitize=fuzzer,address,undefined \
	    $(if $(FUZZ_LAYERS_$*),,$(PKG_CFLAGS)) -o $@ $< $(call fuzz_src,$*) $(call fuzz_libs,$*)

# A short run of every fuzz target, as CI does.
FUZZ_SECONDS ?= 30
fuzz-smoke: fuzz
	@for f in $(FUZZ_BIN); do \
	    echo "fuzz: $$f for $(FUZZ_SECONDS)s"; mkdir -p build/fuzz/corpus-$$(basename $$f); \
	    $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build/fuzz/corpus-$$(basename $$f) \
	        tests/fuzz/seeds/$$(basename $$f) 2>build/fuzz/$$(basename $$f).log \
	        || { tail -40 build/fuzz/$$(basename $$f).log; exit 1; }; \
	done

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(PIC_OBJ:.o=.d)
