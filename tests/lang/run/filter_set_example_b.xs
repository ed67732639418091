// docs: Xano XanoScript reference, syntax
function "filter_set_example_b" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set:"b":2
    }
  }

  response = $x
}
