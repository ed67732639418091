// docs: Xano XanoScript language-server filter reference (hover docs), pow
function "lib_pow_example" {
  input {
  }

  stack {
    var $x {
      value = 2|pow:3
    }
  }

  response = $x
}
