// docs: Xano XanoScript reference, syntax
function "filter_first_notempty_default_text" {
  input {
  }

  stack {
    var $x {
      value = ""|first_notempty:"default"
    }
  }

  response = $x
}
