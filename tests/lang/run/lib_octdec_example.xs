// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_octdec_example" {
  input {
  }

  stack {
    var $x {
      value = "12"|octdec
    }
  }

  response = $x
}
