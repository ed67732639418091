// judgement: see docs/language-decisions.md#query-filters
function "err_length_number" {
  response = 42|length
}
