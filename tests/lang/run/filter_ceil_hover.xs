// docs: Xano XanoScript language-server filter reference (hover docs), ceil
function "filter_ceil_hover" {
  input {
  }

  stack {
    var $x {
      value = 2.5|ceil
    }
  }

  response = $x
}
