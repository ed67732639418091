// docs: Xano XanoScript language-server filter reference (hover docs), add
function "filter_add" {
  input {
  }

  stack {
    var $x {
      value = 2|add:3
    }
  }

  response = $x
}
