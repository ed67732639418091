// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_union_statement" {
  input {
  }

  stack {
    array.union ([1,3,5,7,9]) {
      value = [2,4,6,8]
      by = $this
    } as $union
  }

  response = $union
}
