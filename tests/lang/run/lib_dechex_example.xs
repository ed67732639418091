// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_dechex_example" {
  input {
  }

  stack {
    var $x {
      value = "255"|dechex
    }
  }

  response = $x
}
