// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_atanh_example" {
  input {
  }

  stack {
    var $x {
      value = 0|atanh
    }
  }

  response = $x
}
