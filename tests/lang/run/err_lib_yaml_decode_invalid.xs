// judgement: see docs/language-decisions.md#lib-yaml
function "err_lib_yaml_decode_invalid" {
  input {
  }

  stack {
    var $x {
      value = "a: [1, 2"|yaml_decode
    }
  }

  response = $x
}
