// docs: Xano XanoScript language-server filter reference (hover docs), keys
function "filter_keys_object" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2,"c":3}|keys
    }
  }

  response = $x
}
