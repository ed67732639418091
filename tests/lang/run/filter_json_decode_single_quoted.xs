// docs: Xano XanoScript reference, syntax/string-filters
function "filter_json_decode_single_quoted" {
  input {
  }

  stack {
    var $x {
      value = '{"a":1}'|json_decode
    }
  }

  response = $x
}
