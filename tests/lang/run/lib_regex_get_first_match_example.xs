// docs: docs.xano.com/xanoscript/filter-reference/text (regex filters)
function "lib_regex_get_first_match_example" {
  input {
  }

  stack {
    var $x {
      value = '/(\w+)@(\w+).(\w+)/'|regex_get_first_match:"test@example.com"
    }
  }

  response = $x
}
