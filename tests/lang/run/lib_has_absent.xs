// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_has_absent" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|has:"b"
    }
  }

  response = $x
}
