function filter_on_literal.xs {
  input {
  }

  stack {
    var $out {
      value = [{name: "b"}, {name: "a"}]|sort:name:text:true
    }
  }

  response = $out
}
