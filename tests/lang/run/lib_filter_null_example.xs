// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_null_example" {
  input {
  }

  stack {
    var $x {
      value = [0,null,"a",false]|filter_null
    }
  }

  response = $x
}
