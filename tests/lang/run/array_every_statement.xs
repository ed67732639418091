// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_every_statement" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.every ($ages) if ($this >= 12) as $all
  }

  response = $all
}
