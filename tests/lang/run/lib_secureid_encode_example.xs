// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_secureid_encode_example" {
  input {
  }

  stack {
    var $x {
      value = 12345|secureid_encode:"my_salt"|secureid_decode:"my_salt"
    }
  }

  response = $x
}
