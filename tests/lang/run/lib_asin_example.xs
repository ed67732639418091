// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_asin_example" {
  input {
  }

  stack {
    var $x {
      value = 1|asin
    }
  }

  response = $x
}
