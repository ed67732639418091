// docs: Xano XanoScript reference, syntax
function "filter_to_decimal_text" {
  input {
  }

  stack {
    var $x {
      value = "1.5"|to_decimal
    }
  }

  response = $x
}
