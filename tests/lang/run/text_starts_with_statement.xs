// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_starts_with_statement" {
  input {
  }

  stack {
    var $s {
      value = "Hello there"
    }
    text.starts_with $s {
      value = "Hello"
    } as $r
  }

  response = $r
}
