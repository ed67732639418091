// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_convert_encoding_example" {
  input {
  }

  stack {
    var $x {
      value = "études"|convert_encoding:"ISO-8859-1":"UTF-8"|convert_encoding:"UTF-8":"ISO-8859-1"
    }
  }

  response = $x
}
