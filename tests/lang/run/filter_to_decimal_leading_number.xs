// docs: Xano XanoScript language-server filter reference (hover docs), to_decimal
function "filter_to_decimal_leading_number" {
  input {
  }

  stack {
    var $x {
      value = "133.45 kg"|to_decimal
    }
  }

  response = $x
}
