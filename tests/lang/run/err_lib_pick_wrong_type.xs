// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_pick_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|pick:["a"]
    }
  }

  response = $x
}
