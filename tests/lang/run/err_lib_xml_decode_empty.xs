// judgement: see docs/language-decisions.md#lib-xml
function "err_lib_xml_decode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|xml_decode
    }
  }

  response = $x
}
