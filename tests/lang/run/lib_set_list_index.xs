// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_list_index" {
  input {
  }

  stack {
    var $x {
      value = {a:[1,2]}|set:"a.1":5
    }
  }

  response = $x
}
