// docs: Xano XanoScript language-server filter reference (hover docs), greater_than
function "filter_greater_than" {
  input {
  }

  stack {
    var $x {
      value = 4|greater_than:2
    }
  }

  response = $x
}
