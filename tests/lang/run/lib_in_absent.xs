// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_in_absent" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|in:4
    }
  }

  response = $x
}
