// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_csv_decode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|csv_decode
    }
  }

  response = $x
}
