// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_querystring_parse_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|querystring_parse
    }
  }

  response = $x
}
