// docs: Xano XanoScript language-server filter reference (hover docs), concat
function "filter_concat_separator" {
  input {
  }

  stack {
    var $x {
      value = "Hello"|concat:"World!":" - "
    }
  }

  response = $x
}
