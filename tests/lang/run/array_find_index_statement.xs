// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_find_index_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.find_index ($ages) if ($this > 18) as $i
  }

  response = $i
}
