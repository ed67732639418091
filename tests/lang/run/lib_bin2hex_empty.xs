// judgement: see docs/language-decisions.md#empty-collections
function "lib_bin2hex_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|bin2hex
    }
  }

  response = $x
}
