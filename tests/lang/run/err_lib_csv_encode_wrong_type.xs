// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_csv_encode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a,b"|csv_encode
    }
  }

  response = $x
}
