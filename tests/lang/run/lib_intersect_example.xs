// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_intersect_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|intersect:[2,3,4]
    }
  }

  response = $x
}
