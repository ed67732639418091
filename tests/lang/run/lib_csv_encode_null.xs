// judgement: see docs/language-decisions.md#lib-null-input
function "lib_csv_encode_null" {
  input {
  }

  stack {
    var $x {
      value = null|csv_encode
    }
  }

  response = $x
}
