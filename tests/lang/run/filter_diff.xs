// docs: https://docs.xano.com/xanoscript/filter-reference/array
function "filter_diff" {
  input {
  }

  stack {
    var $x {
      value = [4,5,6]|diff:[4,5]
    }
  }

  response = $x
}
