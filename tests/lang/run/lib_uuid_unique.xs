// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_uuid_unique" {
  input {
  }

  stack {
    var $x {
      value = (null|uuid) == (null|uuid)
    }
  }

  response = $x
}
