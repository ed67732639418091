// docs: Xano XanoScript language-server filter reference (hover docs), count
function "lib_count_object" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2}|count
    }
  }

  response = $x
}
