// docs: Xano XanoScript language-server filter reference (hover docs), shift
function "lib_shift_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|shift
    }
  }

  response = $x
}
