// judgement: see docs/language-decisions.md#lib-null-input
function "lib_csv_create_empty" {
  input {
  }

  stack {
    var $x {
      value = []|csv_create
    }
  }

  response = $x
}
