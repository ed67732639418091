// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_contains_statement" {
  input {
  }

  stack {
    var $s {
      value = "disk error on sda"
    }
    text.contains $s {
      value = "error"
    } as $r
  }

  response = $r
}
