// judgement: see docs/language-decisions.md#shift
function "filter_shift_does_not_mutate_source" {
  input {
  }

  stack {
    var $a {
      value = [1,2,3]
    }
    var $b {
      value = $a|shift
    }
  }

  response = {a: $a, b: $b}
}
