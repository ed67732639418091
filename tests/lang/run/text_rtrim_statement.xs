// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_rtrim_statement" {
  input {
  }

  stack {
    var $s {
      value = "  padded  "
    }
    text.rtrim $s {
      value = " "
    }
  }

  response = $s
}
