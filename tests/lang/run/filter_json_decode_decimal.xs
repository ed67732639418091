// judgement: see docs/language-decisions.md#numbers
function "filter_json_decode_decimal" {
  input {
  }

  stack {
    var $x {
      value = '{"p":2.5,"q":3.0}'|json_decode
    }
  }

  response = $x
}
