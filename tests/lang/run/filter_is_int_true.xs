// docs: Xano XanoScript language-server filter reference (hover docs), is_int
function "filter_is_int_true" {
  input {
  }

  stack {
    var $x {
      value = 123|is_int
    }
  }

  response = $x
}
