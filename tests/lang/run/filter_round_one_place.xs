// judgement: see docs/language-decisions.md#numbers
function "filter_round_one_place" {
  input {
  }

  stack {
    var $x {
      value = 2.5432|round:1
    }
  }

  response = $x
}
