// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_trim_statement" {
  input {
  }

  stack {
    var $s {
      value = "  padded  "
    }
    text.trim $s {
      value = " "
    }
  }

  response = $s
}
