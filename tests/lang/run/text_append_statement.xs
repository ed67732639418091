// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_append_statement" {
  input {
  }

  stack {
    var $greeting {
      value = "Hello"
    }
    text.append $greeting {
      value = ", welcome!"
    }
  }

  response = $greeting
}
