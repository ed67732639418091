// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_jws_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.CcmQUsS4ugRXhuSHCLDfXeNOHvRriSyO5m5b2PtWTmU"|jws_decode:{}:"a-string-secret-at-least-256-bits-long":"HS256"
    }
  }

  response = $x
}
