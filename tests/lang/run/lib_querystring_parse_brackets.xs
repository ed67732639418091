// judgement: see docs/language-decisions.md#lib-encoding
function "lib_querystring_parse_brackets" {
  input {
  }

  stack {
    var $x {
      value = "a[]=1&a[]=2&o[k]=v&o[l][]=w&flag"|querystring_parse
    }
  }

  response = $x
}
