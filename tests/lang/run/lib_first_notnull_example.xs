// docs: Xano XanoScript language-server filter reference (hover docs), first_notnull
function "lib_first_notnull_example" {
  input {
  }

  stack {
    var $x {
      value = null|first_notnull:"d"
    }
  }

  response = $x
}
