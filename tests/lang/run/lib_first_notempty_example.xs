// docs: Xano XanoScript language-server filter reference (hover docs), first_notempty
function "lib_first_notempty_example" {
  input {
  }

  stack {
    var $x {
      value = ""|first_notempty:"d"
    }
  }

  response = $x
}
