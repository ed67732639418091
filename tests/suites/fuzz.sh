# A short libFuzzer run of each target in tests/fuzz (parser, JSON, time
# expressions, templates), as a smoke test that nothing found since stays found.
# XS_FUZZ_SECONDS sets the time per target (default 15; 0 skips them).
# Longer runs: make fuzz-smoke FUZZ_SECONDS=600. Sourced by tests/run.

fuzz_one() {
    local t="$1" secs="${XS_FUZZ_SECONDS:-15}"
    [ "$secs" -gt 0 ] || return 77
    command -v clang > /dev/null || { echo "clang is missing (scripts/deps)"; return 1; }
    make -s -C "$ROOT" "build/fuzz/$t" > "$TMP/fuzz-build.log" 2>&1 || { tail -30 "$TMP/fuzz-build.log"; return 1; }
    local corpus="$TMP/fuzz-corpus-$t"
    mkdir -p "$corpus"
    "$ROOT/build/fuzz/$t" -max_total_time="$secs" -max_len=65536 "$corpus" \
        "$ROOT/tests/fuzz/seeds/$t" > "$TMP/fuzz-$t.log" 2>&1 || { tail -40 "$TMP/fuzz-$t.log"; return 1; }
    grep -q "Done [0-9]* runs" "$TMP/fuzz-$t.log"
}

test_fuzz_parse() { fuzz_one parse; }
test_fuzz_json() { fuzz_one json; }
test_fuzz_time() { fuzz_one time; }
test_fuzz_twig() { fuzz_one twig; }
