// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hex2bin_example" {
  input {
  }

  stack {
    var $x {
      value = "616263"|hex2bin
    }
  }

  response = $x
}
