// docs: Xano XanoScript language-server filter reference (hover docs), greater_than_or_equal
function "filter_greater_than_or_equal" {
  input {
  }

  stack {
    var $x {
      value = 4|greater_than_or_equal:4
    }
  }

  response = $x
}
