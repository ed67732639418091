// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_ends_with_statement" {
  input {
  }

  stack {
    var $s {
      value = "example.com"
    }
    text.ends_with $s {
      value = ".com"
    } as $r
  }

  response = $r
}
