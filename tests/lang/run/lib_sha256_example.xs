// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sha256_example" {
  input {
  }

  stack {
    var $x {
      value = "abc"|sha256
    }
  }

  response = $x
}
