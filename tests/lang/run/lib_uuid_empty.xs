// judgement: see docs/language-decisions.md#empty-collections
function "lib_uuid_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|uuid|strlen
    }
  }

  response = $x
}
