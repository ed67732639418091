// judgement: see docs/language-decisions.md#conversions
function "filter_to_bool_one" {
  input {
  }

  stack {
    var $x {
      value = 1|to_bool
    }
  }

  response = $x
}
