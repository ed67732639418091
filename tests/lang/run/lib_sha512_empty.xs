// judgement: see docs/language-decisions.md#empty-collections
function "lib_sha512_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sha512
    }
  }

  response = $x
}
