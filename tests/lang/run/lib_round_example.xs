// docs: Xano XanoScript language-server filter reference (hover docs), round
function "lib_round_example" {
  input {
  }

  stack {
    var $x {
      value = 3.14159265|round:3
    }
  }

  response = $x
}
