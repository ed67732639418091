// docs: Xano XanoScript language-server filter reference (hover docs), keys
function "lib_keys_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2}|keys
    }
  }

  response = $x
}
