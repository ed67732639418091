// judgement: see docs/language-decisions.md#lib-null-input
function "lib_yaml_decode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|yaml_decode
    }
  }

  response = $x
}
