// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_bin2hex_example" {
  input {
  }

  stack {
    var $x {
      value = "abc"|bin2hex
    }
  }

  response = $x
}
