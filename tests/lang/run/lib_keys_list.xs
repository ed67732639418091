// docs: Xano XanoScript language-server filter reference (hover docs), keys
function "lib_keys_list" {
  input {
  }

  stack {
    var $x {
      value = ["x","y"]|keys
    }
  }

  response = $x
}
