// docs: Xano XanoScript reference, syntax
function "filter_split_empty_separator_chars" {
  input {
  }

  stack {
    var $x {
      value = "abc"|split:""
    }
  }

  response = $x
}
