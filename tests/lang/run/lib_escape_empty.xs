// judgement: see docs/language-decisions.md#empty-collections
function "lib_escape_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|escape
    }
  }

  response = $x
}
