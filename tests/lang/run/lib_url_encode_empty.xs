// judgement: see docs/language-decisions.md#empty-collections
function "lib_url_encode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|url_encode
    }
  }

  response = $x
}
