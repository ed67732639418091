// docs: Xano XanoScript language-server filter reference (hover docs), some
function "filter_some_objects" {
  input {
  }

  stack {
    var $x {
      value = [{value: 2}, {value: 5}]|some:$$.value%2==0
    }
  }

  response = $x
}
