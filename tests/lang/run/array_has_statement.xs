// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_has_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.has ($ages) if ($this == 17) as $has
  }

  response = $has
}
