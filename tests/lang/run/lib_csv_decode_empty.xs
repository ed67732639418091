// judgement: see docs/language-decisions.md#lib-null-input
function "lib_csv_decode_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|csv_decode
    }
  }

  response = $x
}
