// docs: Xano XanoScript language-server filter reference (hover docs), is_array
function "filter_is_array_true" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|is_array
    }
  }

  response = $x
}
