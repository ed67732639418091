// judgement: see docs/language-decisions.md#applied-descriptions
function "err_lib_create_object_mismatch" {
  input {
  }

  stack {
    var $x {
      value = ["a"]|create_object:[1,2]
    }
  }

  response = $x
}
