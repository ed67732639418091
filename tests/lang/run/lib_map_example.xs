// docs: Xano XanoScript language-server filter reference (hover docs), map
function "lib_map_example" {
  input {
  }

  stack {
    var $x {
      value = [{value: 2}, {value: 5}]|map:$$.value*2
    }
  }

  response = $x
}
