// judgement: see docs/language-decisions.md#lib-secureid
function "lib_secureid_encode_deterministic" {
  input {
  }

  stack {
    var $x {
      value = (7|secureid_encode:"s") == (7|secureid_encode:"s")
    }
  }

  response = $x
}
