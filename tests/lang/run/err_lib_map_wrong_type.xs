// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_map_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|map:$$
    }
  }

  response = $x
}
