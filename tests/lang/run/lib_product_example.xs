// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_product_example" {
  input {
  }

  stack {
    var $x {
      value = [2,3,4]|product
    }
  }

  response = $x
}
