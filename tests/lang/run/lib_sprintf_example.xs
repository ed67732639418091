// docs: Xano XanoScript language-server filter reference (hover docs), sprintf
function "lib_sprintf_example" {
  input {
  }

  stack {
    var $x {
      value = "%s is %d years"|sprintf:"Ann":30
    }
  }

  response = $x
}
