// docs: https://docs.xano.com/xanoscript/filter-reference/comparison
function "filter_equals_false" {
  input {
  }

  stack {
    var $x {
      value = 1|equals:2
    }
  }

  response = $x
}
