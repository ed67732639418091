// docs: Xano XanoScript language-server filter reference (hover docs), sha256
function "filter_sha256" {
  input {
  }

  stack {
    var $x {
      value = "some_message"|sha256
    }
  }

  response = $x
}
