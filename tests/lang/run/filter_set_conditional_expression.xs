// docs: Xano XanoScript language-server filter reference (hover docs), set_conditional
function "filter_set_conditional_expression" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|set_conditional:'foo':'bar':2==1+1
    }
  }

  response = $x
}
