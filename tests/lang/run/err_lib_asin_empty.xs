// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_asin_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|asin
    }
  }

  response = $x
}
