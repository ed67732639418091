// judgement: see docs/language-decisions.md#empty-collections
function "lib_strlen_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|strlen
    }
  }

  response = $x
}
