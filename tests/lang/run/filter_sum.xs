// docs: Xano XanoScript language-server filter reference (hover docs), sum
function "filter_sum" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|sum
    }
  }

  response = $x
}
