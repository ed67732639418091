// docs: https://docs.xano.com/xanoscript/filter-reference/array
function "filter_append_array" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|append:3
    }
  }

  response = $x
}
