// judgement: see docs/language-decisions.md#interp-input-filters
function "input_filter_alphaOk_boundary" {
  input {
    text initials filters=alphaOk
  }

  stack {

  }

  response = $input.initials
}
