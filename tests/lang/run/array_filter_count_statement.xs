// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_filter_count_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.filter_count ($ages) if ($this > 16) as $n
  }

  response = $n
}
