// docs: Xano XanoScript language-server filter reference (hover docs), subtract
function "filter_subtract" {
  input {
  }

  stack {
    var $x {
      value = 2|subtract:3
    }
  }

  response = $x
}
