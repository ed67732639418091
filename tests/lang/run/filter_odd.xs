// docs: Xano XanoScript language-server filter reference (hover docs), odd
function "filter_odd" {
  input {
  }

  stack {
    var $x {
      value = 4|odd
    }
  }

  response = $x
}
