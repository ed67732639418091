// docs: Xano XanoScript reference, syntax/string-filters
function "filter_substr_middle" {
  input {
  }

  stack {
    var $x {
      value = "hello"|substr:1:3
    }
  }

  response = $x
}
