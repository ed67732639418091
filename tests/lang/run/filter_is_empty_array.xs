// docs: Xano XanoScript language-server filter reference (hover docs), is_empty
function "filter_is_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_empty
    }
  }

  response = $x
}
