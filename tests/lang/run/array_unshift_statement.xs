// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_unshift_statement" {
  input {
  }

  stack {
    var $tasks {
      value = ["b"]
    }
    array.unshift $tasks {
      value = "urgent meeting"
    }
  }

  response = $tasks
}
