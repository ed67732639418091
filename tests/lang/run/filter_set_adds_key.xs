// docs: Xano XanoScript language-server filter reference (hover docs), set
function "filter_set_adds_key" {
  input {
  }

  stack {
    var $x {
      value = {"fizz":"buzz"}|set:"foo":"bar"
    }
  }

  response = $x
}
