// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_create_object_example" {
  input {
  }

  stack {
    var $x {
      value = ["a","b"]|create_object:[1,2]
    }
  }

  response = $x
}
