// docs: Xano XanoScript language-server filter reference (hover docs), pop
function "lib_pop_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|pop
    }
  }

  response = $x
}
