// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_unshift_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|unshift:1
    }
  }

  response = $x
}
