// docs: https://docs.xano.com/xanoscript/filter-reference/comparison
function "filter_equals_text" {
  input {
  }

  stack {
    var $x {
      value = "test"|equals:"test"
    }
  }

  response = $x
}
