// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_hexdec_example" {
  input {
  }

  stack {
    var $x {
      value = "ff"|hexdec
    }
  }

  response = $x
}
