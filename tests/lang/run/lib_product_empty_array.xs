// judgement: see docs/language-decisions.md#empty-collections
function "lib_product_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|product
    }
  }

  response = $x
}
