// docs: Xano XanoScript reference, syntax
function "filter_to_text_int" {
  input {
  }

  stack {
    var $x {
      value = 123|to_text
    }
  }

  response = $x
}
