// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_url_hasarg_example" {
  input {
  }

  stack {
    var $x {
      value = "https://example.com?foo=bar&fiz=buz"|url_hasarg:"fiz"
    }
  }

  response = $x
}
