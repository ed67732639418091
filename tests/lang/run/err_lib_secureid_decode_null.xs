// judgement: see docs/language-decisions.md#lib-secureid
function "err_lib_secureid_decode_null" {
  input {
  }

  stack {
    var $x {
      value = null|secureid_decode:"s"
    }
  }

  response = $x
}
