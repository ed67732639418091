// docs: Xano XanoScript reference, syntax
function "filter_to_int_text" {
  input {
  }

  stack {
    var $x {
      value = "123"|to_int
    }
  }

  response = $x
}
