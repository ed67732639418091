// judgement: see docs/language-decisions.md#lib-xml
function "lib_xml_decode_attributes" {
  input {
  }

  stack {
    var $x {
      value = "<r id=\"7\"><i>x</i><i>y</i><e/></r>"|xml_decode
    }
  }

  response = $x
}
