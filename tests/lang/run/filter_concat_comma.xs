// docs: https://docs.xano.com/xanoscript/filter-reference
function "filter_concat_comma" {
  input {
  }

  stack {
    var $x {
      value = "hello"|concat:"world":", "
    }
  }

  response = $x
}
