// judgement: see docs/language-decisions.md#lib-csv
function "lib_csv_decode_separator" {
  input {
  }

  stack {
    var $x {
      value = "a;b\n1;2"|csv_decode:";"
    }
  }

  response = $x
}
