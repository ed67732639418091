// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_difference_statement" {
  input {
  }

  stack {
    array.difference ([1,2,3,4,5,6,7,8,9]) {
      value = [2,4,6,8]
      by = $this
    } as $difference
  }

  response = $difference
}
