function filter_on_literal {
  input {
  }

  stack {
    var $out {
      value = [{name: "b"}, {name: "a"}]|sort:name:text:true
    }
  }

  response = $out
}
