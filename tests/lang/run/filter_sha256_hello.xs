// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_sha256_hello" {
  input {
  }

  stack {
    var $x {
      value = "hello"|sha256
    }
  }

  response = $x
}
