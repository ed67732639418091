// docs: Xano XanoScript language-server filter reference (hover docs), sqrt
function "lib_sqrt_example" {
  input {
  }

  stack {
    var $x {
      value = 9|sqrt
    }
  }

  response = $x
}
