// judgement: see docs/language-decisions.md#lib-csv
function "lib_csv_create_example" {
  input {
  }

  stack {
    var $x {
      value = [{name: "ann", age: 3},{name: "bob", age: 4}]|csv_create
    }
  }

  response = $x
}
