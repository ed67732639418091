// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_index_empty_needle" {
  input {
  }

  stack {
    var $x {
      value = "abc"|index:""
    }
  }

  response = $x
}
