// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_jwe_encode_example" {
  input {
  }

  stack {
    var $x {
      value = ({sub: "1234567890",name: "John Doe",admin: true,iat: 1516239022}|jwe_encode:{}:"a-string-secret-at-least-256-bits-long":"A256KW":"A256CBC-HS512")|jwe_decode:{}:"a-string-secret-at-least-256-bits-long":"A256KW":"A256CBC-HS512"
    }
  }

  response = $x
}
