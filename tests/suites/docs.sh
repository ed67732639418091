# docs: generated documentation stays in step with the code. Sourced by
# tests/run ($XSFLOW, $TMP, $ROOT).

# docs/language.md is the output of `xsflow doc language`; regenerate it
# (xsflow doc language > docs/language.md) when a filter or statement changes.
test_docs_language_up_to_date() {
    "$XSFLOW" doc language > "$TMP/language.md"
    if ! diff -u "$ROOT/docs/language.md" "$TMP/language.md" > "$TMP/language.diff"; then
        echo "docs/language.md is out of date: run 'xsflow doc language > docs/language.md'"
        head -40 "$TMP/language.diff"
        return 1
    fi
}

# `xsflow help filters` lists every registered filter with its status.
test_docs_help_filters() {
    "$XSFLOW" help filters > "$TMP/filters.txt"
    grep -q '^push  *supported' "$TMP/filters.txt"
    grep -q '^map  *supported' "$TMP/filters.txt"
    "$XSFLOW" help statements | grep -q '^math.add  *supported'
}

# `xsflow help NAME` describes one filter or statement.
test_docs_help_one() {
    "$XSFLOW" help sort | grep -q '^filter sort (supported, array)'
    "$XSFLOW" help array.find | grep -q '^statement array.find'
    ! "$XSFLOW" help no_such_name 2> /dev/null
}
