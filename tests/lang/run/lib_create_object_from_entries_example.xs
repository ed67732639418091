// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_create_object_from_entries_example" {
  input {
  }

  stack {
    var $x {
      value = [{key:"a",value:1}]|create_object_from_entries
    }
  }

  response = $x
}
