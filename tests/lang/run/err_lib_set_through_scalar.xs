// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_set_through_scalar" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set:"a.b":2
    }
  }

  response = $x
}
