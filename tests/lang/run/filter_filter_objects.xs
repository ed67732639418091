// docs: Xano XanoScript language-server filter reference (hover docs), filter
function "filter_filter_objects" {
  input {
  }

  stack {
    var $x {
      value = [{value: 2}, {value: 5}]|filter:$$.value%2==0
    }
  }

  response = $x
}
