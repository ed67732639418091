// judgement: see docs/language-decisions.md#timestamps
function "filter_now_after_2020" {
  input {
  }

  stack {
    var $x {
      value = now > 1577836800000
    }
  }

  response = $x
}
