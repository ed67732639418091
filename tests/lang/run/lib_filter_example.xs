// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|filter:$$>2
    }
  }

  response = $x
}
