// judgement: see docs/language-decisions.md#numbers
function "filter_avg_whole_prints_int" {
  input {
  }

  stack {
    var $x {
      value = [2,4]|avg
    }
  }

  response = $x
}
