// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sort_scalars" {
  input {
  }

  stack {
    var $x {
      value = [3,1,2]|sort
    }
  }

  response = $x
}
