#!/usr/bin/env bash
# Parser benchmark: generates MB megabytes of realistic XanoScript (gen.py),
# builds bench_parse with -O2 against the front-end sources, and prints a
# table of MB/s for lexing, parsing and parsing + formatting.
#
#   bench/parse/run.sh [MB] [ROUNDS]        (defaults: 5 MB, 10 rounds)
set -eu
cd "$(dirname "$0")/../.."
MB="${1:-5}"
ROUNDS="${2:-10}"
OUT=build/bench
mkdir -p "$OUT"
python3 bench/parse/gen.py "$MB" > "$OUT/parse-input.xs"
${CC:-cc} -std=c17 -D_GNU_SOURCE -Isrc -O2 -DNDEBUG -o "$OUT/bench_parse" bench/parse/bench_parse.c \
    src/base/alloc.c src/base/slab.c src/base/arena.c src/base/buf.c src/base/diag.c \
    src/lang/ast.c src/lang/lexer.c src/lang/parser.c src/lang/parse_expr.c \
    src/lang/parse_stmt.c src/lang/parse_object.c src/lang/schema.c src/lang/fmt.c -lm -lpthread
"$OUT/bench_parse" "$OUT/parse-input.xs" "$ROUNDS"
