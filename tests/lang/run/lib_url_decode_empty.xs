// judgement: see docs/language-decisions.md#empty-collections
function "lib_url_decode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|url_decode
    }
  }

  response = $x
}
