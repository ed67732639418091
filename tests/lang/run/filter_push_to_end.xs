// docs: Xano XanoScript language-server filter reference (hover docs), push
function "filter_push_to_end" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|push:"a"
    }
  }

  response = $x
}
