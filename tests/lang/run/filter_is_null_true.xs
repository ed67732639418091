// docs: Xano XanoScript reference, syntax
function "filter_is_null_true" {
  input {
  }

  stack {
    var $x {
      value = null|is_null
    }
  }

  response = $x
}
