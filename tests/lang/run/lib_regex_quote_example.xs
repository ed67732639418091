// docs: docs.xano.com/xanoscript/filter-reference/text (regex filters)
function "lib_regex_quote_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello. How are you?"|regex_quote:"/"
    }
  }

  response = $x
}
