// judgement: see docs/language-decisions.md#empty-collections
function "lib_hex2bin_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hex2bin
    }
  }

  response = $x
}
