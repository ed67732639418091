// judgement: see docs/language-decisions.md#empty-collections
function "lib_substr_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|substr:1:2
    }
  }

  response = $x
}
