// docs: Xano XanoScript language-server filter reference (hover docs), md5
function "filter_md5" {
  input {
  }

  stack {
    var $x {
      value = "some_message"|md5
    }
  }

  response = $x
}
