// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_create_uid_positive" {
  input {
  }

  stack {
    var $x {
      value = null|create_uid|greater_than:0
    }
  }

  response = $x
}
