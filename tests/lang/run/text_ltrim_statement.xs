// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_ltrim_statement" {
  input {
  }

  stack {
    var $s {
      value = "  padded  "
    }
    text.ltrim $s {
      value = " "
    }
  }

  response = $s
}
