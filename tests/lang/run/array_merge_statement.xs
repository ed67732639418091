// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_merge_statement" {
  input {
  }

  stack {
    var $users {
      value = [1, 2]
    }
    array.merge $users {
      value = [3, 4]
    }
  }

  response = $users
}
