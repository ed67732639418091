// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_unset_absent" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|unset:"z"
    }
  }

  response = $x
}
