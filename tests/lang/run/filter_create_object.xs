// docs: Xano XanoScript language-server filter reference (hover docs), create_object
function "filter_create_object" {
  input {
  }

  stack {
    var $x {
      value = ["a","b","c"]|create_object:[1,2,3]
    }
  }

  response = $x
}
