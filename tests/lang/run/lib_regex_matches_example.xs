// docs: docs.xano.com/xanoscript/filter-reference/text (regex filters)
function "lib_regex_matches_example" {
  input {
  }

  stack {
    var $x {
      value = "/^a.*c$/"|regex_matches:"abbbbc"
    }
  }

  response = $x
}
