// judgement: see docs/language-decisions.md#lib-null-input
function "lib_product_null" {
  input {
  }

  stack {
    var $x {
      value = null|product
    }
  }

  response = $x
}
