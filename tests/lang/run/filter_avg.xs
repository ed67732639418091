// docs: Xano XanoScript language-server filter reference (hover docs), avg
function "filter_avg" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|avg
    }
  }

  response = $x
}
