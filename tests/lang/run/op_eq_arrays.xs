// judgement: see docs/language-decisions.md#equality
function "op_eq_arrays" {
  input {
  }

  stack {
    var $x {
      value = [1,2] == [1,2]
    }
  }

  response = $x
}
