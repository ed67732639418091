// docs: Xano XanoScript language-server filter reference (hover docs), multiply
function "filter_multiply" {
  input {
  }

  stack {
    var $x {
      value = 2|multiply:3
    }
  }

  response = $x
}
