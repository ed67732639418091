// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_empty_object_example" {
  input {
  }

  stack {
    var $x {
      value = [{},{a:1},"x"]|filter_empty_object
    }
  }

  response = $x
}
