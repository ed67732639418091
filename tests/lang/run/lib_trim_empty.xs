// judgement: see docs/language-decisions.md#empty-collections
function "lib_trim_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|trim
    }
  }

  response = $x
}
