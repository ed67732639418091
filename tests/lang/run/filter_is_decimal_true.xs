// docs: Xano XanoScript language-server filter reference (hover docs), is_decimal
function "filter_is_decimal_true" {
  input {
  }

  stack {
    var $x {
      value = 123.45|is_decimal
    }
  }

  response = $x
}
