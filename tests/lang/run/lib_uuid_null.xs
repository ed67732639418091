// judgement: see docs/language-decisions.md#lib-null-input
function "lib_uuid_null" {
  input {
  }

  stack {
    var $x {
      value = null|uuid|strlen
    }
  }

  response = $x
}
