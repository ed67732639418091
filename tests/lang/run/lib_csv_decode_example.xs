// judgement: see docs/language-decisions.md#lib-csv
function "lib_csv_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "a,b,\"c,d\"\n1,2,\"x\"\"y\""|csv_decode
    }
  }

  response = $x
}
