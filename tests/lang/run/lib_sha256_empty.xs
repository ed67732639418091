// judgement: see docs/language-decisions.md#empty-collections
function "lib_sha256_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sha256
    }
  }

  response = $x
}
