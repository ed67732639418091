// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sort_natural" {
  input {
  }

  stack {
    var $x {
      value = ["x10","x9","x1"]|sort:"":"natural":false
    }
  }

  response = $x
}
