// judgement: see docs/language-decisions.md#empty-collections
function "lib_rtrim_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|rtrim
    }
  }

  response = $x
}
