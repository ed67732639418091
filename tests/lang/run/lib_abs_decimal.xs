// docs: Xano XanoScript language-server filter reference (hover docs), abs
function "lib_abs_decimal" {
  input {
  }

  stack {
    var $n {
      value = -3.14
    }
    var $x {
      value = $n|abs
    }
  }

  response = $x
}
