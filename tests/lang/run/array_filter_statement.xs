// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_filter_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.filter ($ages) if ($this > 16) as $older
  }

  response = $older
}
