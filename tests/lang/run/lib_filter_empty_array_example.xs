// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_empty_array_example" {
  input {
  }

  stack {
    var $x {
      value = [[],[1],"x"]|filter_empty_array
    }
  }

  response = $x
}
