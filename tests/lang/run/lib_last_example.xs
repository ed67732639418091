// docs: Xano XanoScript language-server filter reference (hover docs), last
function "lib_last_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|last
    }
  }

  response = $x
}
