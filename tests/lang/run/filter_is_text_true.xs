// docs: Xano XanoScript language-server filter reference (hover docs), is_text
function "filter_is_text_true" {
  input {
  }

  stack {
    var $x {
      value = "213"|is_text
    }
  }

  response = $x
}
