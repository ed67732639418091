// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_addarg_replace" {
  input {
  }

  stack {
    var $x {
      value = "https://x.io/p?a=1&b=2#top"|url_addarg:"a":"x y"
    }
  }

  response = $x
}
