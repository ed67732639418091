// judgement: see docs/language-decisions.md#empty-collections
function "lib_sprintf_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sprintf
    }
  }

  response = $x
}
