// docs: Xano XanoScript language-server filter reference (hover docs), to_bool
function "filter_to_bool_true_text" {
  input {
  }

  stack {
    var $x {
      value = "true"|to_bool
    }
  }

  response = $x
}
