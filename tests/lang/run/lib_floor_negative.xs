// judgement: see docs/language-decisions.md#numbers
function "lib_floor_negative" {
  input {
  }

  stack {
    var $n {
      value = -2.5
    }
    var $x {
      value = $n|floor
    }
  }

  response = $x
}
