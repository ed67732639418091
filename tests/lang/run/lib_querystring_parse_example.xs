// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_querystring_parse_example" {
  input {
  }

  stack {
    var $x {
      value = "foo=bar&fiz=buz"|querystring_parse
    }
  }

  response = $x
}
