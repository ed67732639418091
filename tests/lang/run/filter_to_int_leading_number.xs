// docs: Xano XanoScript language-server filter reference (hover docs), to_int
function "filter_to_int_leading_number" {
  input {
  }

  stack {
    var $x {
      value = "133.45 kg"|to_int
    }
  }

  response = $x
}
