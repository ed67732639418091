// docs: Xano XanoScript language-server filter reference (hover docs), pow
function "filter_pow" {
  input {
  }

  stack {
    var $x {
      value = 10|pow:2
    }
  }

  response = $x
}
