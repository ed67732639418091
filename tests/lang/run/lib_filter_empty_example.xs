// docs: Xano XanoScript language-server filter reference (hover docs), filter_empty
function "lib_filter_empty_example" {
  input {
  }

  stack {
    var $x {
      value = [0,1,"",null,"a",[],{}]|filter_empty
    }
  }

  response = $x
}
