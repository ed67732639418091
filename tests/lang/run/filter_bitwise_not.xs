// docs: https://docs.xano.com/xanoscript/filter-reference/comparison
function "filter_bitwise_not" {
  input {
  }

  stack {
    var $x {
      value = 5|bitwise_not
    }
  }

  response = $x
}
