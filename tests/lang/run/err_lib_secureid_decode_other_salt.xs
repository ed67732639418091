// judgement: see docs/language-decisions.md#lib-secureid
function "err_lib_secureid_decode_other_salt" {
  input {
  }

  stack {
    var $x {
      value = (12345|secureid_encode:"my_salt")|secureid_decode:"other_salt"
    }
  }

  response = $x
}
