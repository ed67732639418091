// judgement: see docs/language-decisions.md#empty-collections
function "lib_not_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|not
    }
  }

  response = $x
}
