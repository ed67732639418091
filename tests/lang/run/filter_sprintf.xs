// docs: Xano XanoScript language-server filter reference (hover docs), sprintf
function "filter_sprintf" {
  input {
  }

  stack {
    var $x {
      value = "Hello %s, you have %d new messages"|sprintf:"Bob":5
    }
  }

  response = $x
}
