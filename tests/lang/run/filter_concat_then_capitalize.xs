// docs: https://docs.xano.com/xanoscript/filter-reference
function "filter_concat_then_capitalize" {
  input {
  }

  stack {
    var $x {
      value = "hello"|concat:"world":", "|capitalize
    }
  }

  response = $x
}
