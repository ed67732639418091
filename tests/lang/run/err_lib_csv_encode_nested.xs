// judgement: see docs/language-decisions.md#lib-csv
function "err_lib_csv_encode_nested" {
  input {
  }

  stack {
    var $x {
      value = [[1,[2]]]|csv_encode
    }
  }

  response = $x
}
