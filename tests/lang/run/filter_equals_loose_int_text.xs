// judgement: see docs/language-decisions.md#equality
function "filter_equals_loose_int_text" {
  input {
  }

  stack {
    var $x {
      value = 1|equals:"1"
    }
  }

  response = $x
}
