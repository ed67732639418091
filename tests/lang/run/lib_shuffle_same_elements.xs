// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_shuffle_same_elements" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4,5]|shuffle|sort
    }
  }

  response = $x
}
