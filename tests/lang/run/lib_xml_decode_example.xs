// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_xml_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "<root><a>1</a><b>2</b><c>3</c></root>"|xml_decode
    }
  }

  response = $x
}
