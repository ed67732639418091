// docs: Xano XanoScript language-server filter reference (hover docs), is_null
function "filter_is_null_false" {
  input {
  }

  stack {
    var $x {
      value = 8|is_null
    }
  }

  response = $x
}
