// docs: Xano XanoScript reference, syntax/string-filters
function "filter_replace_all" {
  input {
  }

  stack {
    var $x {
      value = "hello"|replace:"l":"x"
    }
  }

  response = $x
}
