// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_url_parse_example" {
  input {
  }

  stack {
    var $x {
      value = "https://username:password@example.com:8080/path?foo=bar&fiz=buz#fragment"|url_parse
    }
  }

  response = $x
}
