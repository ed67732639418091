// judgement: see docs/language-decisions.md#lib-xml
function "err_lib_xml_decode_invalid" {
  input {
  }

  stack {
    var $x {
      value = "<a><b></a>"|xml_decode
    }
  }

  response = $x
}
