// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_ifnotempty_example" {
  input {
  }

  stack {
    var $x {
      value = {}|set_ifnotempty:"a":"x"
    }
  }

  response = $x
}
