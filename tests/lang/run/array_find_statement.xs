// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_find_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.find ($ages) if ($this > 18) as $first_adult
  }

  response = $first_adult
}
