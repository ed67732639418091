// docs: Xano XanoScript language-server filter reference (hover docs), join
function "lib_join_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|join:","
    }
  }

  response = $x
}
