// judgement: see docs/language-decisions.md#lib-null-input
function "lib_querystring_parse_null" {
  input {
  }

  stack {
    var $x {
      value = null|querystring_parse
    }
  }

  response = $x
}
