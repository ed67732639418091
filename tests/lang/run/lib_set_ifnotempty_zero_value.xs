// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_ifnotempty_zero_value" {
  input {
  }

  stack {
    var $x {
      value = {}|set_ifnotempty:"a":0
    }
  }

  response = $x
}
