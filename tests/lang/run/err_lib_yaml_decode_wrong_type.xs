// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_yaml_decode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|yaml_decode
    }
  }

  response = $x
}
