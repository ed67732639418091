// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_secureid_encode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|secureid_encode:"s"
    }
  }

  response = $x
}
