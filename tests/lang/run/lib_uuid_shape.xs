// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_uuid_shape" {
  input {
  }

  stack {
    var $x {
      value = null|uuid|strlen
    }
  }

  response = $x
}
