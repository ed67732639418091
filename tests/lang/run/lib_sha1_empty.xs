// judgement: see docs/language-decisions.md#empty-collections
function "lib_sha1_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sha1
    }
  }

  response = $x
}
