// judgement: see docs/language-decisions.md#lib-csv
function "lib_csv_parse_example" {
  input {
  }

  stack {
    var $x {
      value = "name,age\nann,3\nbob,4"|csv_parse
    }
  }

  response = $x
}
