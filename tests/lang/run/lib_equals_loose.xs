// judgement: see docs/language-decisions.md#equality
function "lib_equals_loose" {
  input {
  }

  stack {
    var $x {
      value = 100|equals:"100"
    }
  }

  response = $x
}
