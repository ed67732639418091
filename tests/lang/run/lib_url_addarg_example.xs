// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_url_addarg_example" {
  input {
  }

  stack {
    var $x {
      value = "https://example.com?foo=bar"|url_addarg:"fiz":"buz"
    }
  }

  response = $x
}
