// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_slice_negative" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4,5]|slice:-2
    }
  }

  response = $x
}
