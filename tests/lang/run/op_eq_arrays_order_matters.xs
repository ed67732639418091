// judgement: see docs/language-decisions.md#equality
function "op_eq_arrays_order_matters" {
  input {
  }

  stack {
    var $x {
      value = [1,2] == [2,1]
    }
  }

  response = $x
}
