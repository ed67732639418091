// docs: Xano XanoScript language-server filter reference (hover docs), unshift
function "filter_unshift" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|unshift:0
    }
  }

  response = $x
}
