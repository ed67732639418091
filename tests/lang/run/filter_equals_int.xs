// docs: https://docs.xano.com/xanoscript/filter-reference/comparison
function "filter_equals_int" {
  input {
  }

  stack {
    var $x {
      value = 5|equals:5
    }
  }

  response = $x
}
