// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_url_getarg_example" {
  input {
  }

  stack {
    var $x {
      value = "https://example.com?foo=bar&fiz=buz"|url_getarg:"fiz"
    }
  }

  response = $x
}
