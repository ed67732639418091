// docs: docs.xano.com/xanoscript/filter-reference/text (regex filters)
function "lib_regex_replace_example" {
  input {
  }

  stack {
    var $x {
      value = '/\s+/'|regex_replace:"-":"Hello   World"
    }
  }

  response = $x
}
