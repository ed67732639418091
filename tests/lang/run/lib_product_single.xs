// judgement: see docs/language-decisions.md#lib-type-errors
function "lib_product_single" {
  input {
  }

  stack {
    var $x {
      value = [1]|product
    }
  }

  response = $x
}
