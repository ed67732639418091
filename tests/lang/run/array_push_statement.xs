// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_push_statement" {
  input {
  }

  stack {
    var $cart {
      value = ["apples"]
    }
    array.push $cart {
      value = "oranges"
    }
  }

  response = $cart
}
