// judgement: see docs/language-decisions.md#lib-filters-null
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
