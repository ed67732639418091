// judgement: see docs/language-decisions.md#lib-csv
function "lib_csv_encode_example" {
  input {
  }

  stack {
    var $x {
      value = [["a","b c"],[1,"x\"y"],[null,true]]|csv_encode
    }
  }

  response = $x
}
