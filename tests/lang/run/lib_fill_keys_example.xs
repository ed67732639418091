// docs: Xano XanoScript language-server filter reference (hover docs), fill_keys
function "lib_fill_keys_example" {
  input {
  }

  stack {
    var $x {
      value = 0|fill_keys:["a","b"]
    }
  }

  response = $x
}
