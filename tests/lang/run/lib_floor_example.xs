// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_floor_example" {
  input {
  }

  stack {
    var $x {
      value = 2.7|floor
    }
  }

  response = $x
}
