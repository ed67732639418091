// docs: Xano XanoScript language-server filter reference (hover docs), first_notnull
function "filter_first_notnull_null" {
  input {
  }

  stack {
    var $x {
      value = null|first_notnull:0
    }
  }

  response = $x
}
