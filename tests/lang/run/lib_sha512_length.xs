// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sha512_length" {
  input {
  }

  stack {
    var $x {
      value = "abc"|sha512|strlen
    }
  }

  response = $x
}
