// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_capitalize_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|capitalize
    }
  }

  response = $x
}
