// docs: Xano XanoScript language-server filter reference (hover docs), hmac_sha256
function "filter_hmac_sha256" {
  input {
  }

  stack {
    var $x {
      value = "some_message"|hmac_sha256:"MY_SECRET_KEY"
    }
  }

  response = $x
}
