// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_xml_decode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|xml_decode
    }
  }

  response = $x
}
