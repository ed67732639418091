// docs: Xano XanoScript language-server filter reference (hover docs), safe_array
function "filter_safe_array_scalar" {
  input {
  }

  stack {
    var $x {
      value = 12|safe_array
    }
  }

  response = $x
}
