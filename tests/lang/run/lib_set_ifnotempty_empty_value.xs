// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_ifnotempty_empty_value" {
  input {
  }

  stack {
    var $x {
      value = {}|set_ifnotempty:"a":""
    }
  }

  response = $x
}
