// judgement: see docs/language-decisions.md#query-filters
function "length_filter" {
  response = {
    list: ["a", "b", "c"]|length,
    text: "étude"|length,
    empty_text: ""|length,
    empty_list: []|length,
    object: {a: 1, b: 2}|length,
    null_value: null|length
  }
}
