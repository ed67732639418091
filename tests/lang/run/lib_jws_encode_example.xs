// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_jws_encode_example" {
  input {
  }

  stack {
    var $x {
      value = {sub: "1234567890",name: "John Doe",admin: true,iat: 1516239022}|jws_encode:{}:"a-string-secret-at-least-256-bits-long":"HS256"
    }
  }

  response = $x
}
