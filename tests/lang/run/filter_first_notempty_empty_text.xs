// docs: Xano XanoScript language-server filter reference (hover docs), first_notempty
function "filter_first_notempty_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|first_notempty:1
    }
  }

  response = $x
}
