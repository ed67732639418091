// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_ok_boundary_empty" {
  input {
    text code filters=ok:ABC123
  }

  stack {

  }

  response = $input.code
}
