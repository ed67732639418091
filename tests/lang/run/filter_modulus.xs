// docs: Xano XanoScript language-server filter reference (hover docs), modulus
function "filter_modulus" {
  input {
  }

  stack {
    var $x {
      value = 20|modulus:3
    }
  }

  response = $x
}
