// docs: docs.xano.com/xanoscript/filter-reference/text (regex filters)
function "lib_regex_get_all_matches_example" {
  input {
  }

  stack {
    var $x {
      value = '/\b\w+@\w+.\w+\b/'|regex_get_all_matches:"test@example.com"
    }
  }

  response = $x
}
