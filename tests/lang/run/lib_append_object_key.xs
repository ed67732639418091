// docs: Xano XanoScript language-server filter reference (hover docs), append
function "lib_append_object_key" {
  input {
  }

  stack {
    var $x {
      value = {"a":1}|append:2:"b"
    }
  }

  response = $x
}
