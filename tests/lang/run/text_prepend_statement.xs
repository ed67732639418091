// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_prepend_statement" {
  input {
  }

  stack {
    var $message {
      value = "disk full"
    }
    text.prepend $message {
      value = "Alert: "
    }
  }

  response = $message
}
