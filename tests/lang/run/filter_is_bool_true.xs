// docs: Xano XanoScript language-server filter reference (hover docs), is_bool
function "filter_is_bool_true" {
  input {
  }

  stack {
    var $x {
      value = false|is_bool
    }
  }

  response = $x
}
