// docs: Xano XanoScript language-server filter reference (hover docs), less_than
function "filter_less_than" {
  input {
  }

  stack {
    var $x {
      value = 4|less_than:2
    }
  }

  response = $x
}
