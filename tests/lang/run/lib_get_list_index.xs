// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_get_list_index" {
  input {
  }

  stack {
    var $x {
      value = {a:[10,20]}|get:"a.1"
    }
  }

  response = $x
}
