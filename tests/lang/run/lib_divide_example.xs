// docs: Xano XanoScript language-server filter reference (hover docs), divide
function "lib_divide_example" {
  input {
  }

  stack {
    var $x {
      value = 20|divide:4
    }
  }

  response = $x
}
