// docs: Xano XanoScript reference, syntax
function "filter_split_reverse_join" {
  input {
  }

  stack {
    var $x {
      value = "abc"|split:""|reverse|join:""
    }
  }

  response = $x
}
