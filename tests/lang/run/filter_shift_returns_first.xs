// judgement: see docs/language-decisions.md#shift
function "filter_shift_returns_first" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|shift
    }
  }

  response = $x
}
