// judgement: see docs/language-decisions.md#empty-collections
function "lib_sha384_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sha384
    }
  }

  response = $x
}
