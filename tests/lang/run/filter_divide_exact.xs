// docs: Xano XanoScript language-server filter reference (hover docs), divide
function "filter_divide_exact" {
  input {
  }

  stack {
    var $x {
      value = 20|divide:4
    }
  }

  response = $x
}
