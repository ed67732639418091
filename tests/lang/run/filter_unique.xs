// docs: Xano XanoScript language-server filter reference (hover docs), unique
function "filter_unique" {
  input {
  }

  stack {
    var $x {
      value = [12,13,13,12,11]|unique
    }
  }

  response = $x
}
