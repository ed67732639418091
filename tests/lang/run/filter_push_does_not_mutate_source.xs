// judgement: see docs/language-decisions.md#filters-return-new-values
function "filter_push_does_not_mutate_source" {
  input {
  }

  stack {
    var $a {
      value = [1]
    }
    var $b {
      value = $a|push:2
    }
  }

  response = {a: $a, b: $b}
}
