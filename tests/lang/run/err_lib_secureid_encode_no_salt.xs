// judgement: see docs/language-decisions.md#lib-secureid
function "err_lib_secureid_encode_no_salt" {
  input {
  }

  stack {
    var $x {
      value = 1|secureid_encode:""
    }
  }

  response = $x
}
