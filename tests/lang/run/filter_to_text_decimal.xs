// docs: Xano XanoScript language-server filter reference (hover docs), to_text
function "filter_to_text_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1.344|to_text
    }
  }

  response = $x
}
