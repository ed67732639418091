// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_csv_create_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|csv_create
    }
  }

  response = $x
}
