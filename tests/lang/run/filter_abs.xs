// docs: Xano XanoScript language-server filter reference (hover docs), abs
function "filter_abs" {
  input {
  }

  stack {
    var $x {
      value = -10|abs
    }
  }

  response = $x
}
