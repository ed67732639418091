// docs: Xano XanoScript language-server filter reference (hover docs), abs
function "lib_abs_example" {
  input {
  }

  stack {
    var $n {
      value = -5
    }
    var $x {
      value = $n|abs
    }
  }

  response = $x
}
