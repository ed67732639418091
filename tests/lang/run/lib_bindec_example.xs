// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_bindec_example" {
  input {
  }

  stack {
    var $x {
      value = "1010"|bindec
    }
  }

  response = $x
}
