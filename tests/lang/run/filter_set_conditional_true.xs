// docs: Xano XanoScript reference, syntax
function "filter_set_conditional_true" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_conditional:"b":2:true
    }
  }

  response = $x
}
