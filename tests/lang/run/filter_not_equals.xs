// docs: https://docs.xano.com/xanoscript/filter-reference/comparison
function "filter_not_equals" {
  input {
  }

  stack {
    var $x {
      value = 5|not_equals:3
    }
  }

  response = $x
}
