// judgement: see docs/language-decisions.md#empty-collections
function "lib_create_object_empty" {
  input {
  }

  stack {
    var $x {
      value = []|create_object:[]
    }
  }

  response = $x
}
