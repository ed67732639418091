// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_product_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|product
    }
  }

  response = $x
}
