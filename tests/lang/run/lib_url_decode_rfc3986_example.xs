// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_url_decode_rfc3986_example" {
  input {
  }

  stack {
    var $x {
      value = "a b~c"|url_decode_rfc3986
    }
  }

  response = $x
}
