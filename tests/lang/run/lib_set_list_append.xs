// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_list_append" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|set:"2":3
    }
  }

  response = $x
}
