// docs: Xano XanoScript language-server filter reference (hover docs), capitalize
function "filter_capitalize" {
  input {
  }

  stack {
    var $x {
      value = "epic battle"|capitalize
    }
  }

  response = $x
}
