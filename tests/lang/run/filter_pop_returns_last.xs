// docs: Xano XanoScript language-server filter reference (hover docs), pop
function "filter_pop_returns_last" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|pop
    }
  }

  response = $x
}
