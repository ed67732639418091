// docs: Xano XanoScript language-server filter reference (hover docs), map
function "filter_map_path" {
  input {
  }

  stack {
    var $x {
      value = [{value: 2}, {value: 5}]|map:$$.value*2
    }
  }

  response = $x
}
