// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_merge_arrays" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|merge:[3]
    }
  }

  response = $x
}
