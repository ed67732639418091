// docs: Xano XanoScript language-server filter reference (hover docs), unique
function "lib_unique_example" {
  input {
  }

  stack {
    var $x {
      value = [1,1,2]|unique
    }
  }

  response = $x
}
