// judgement: see docs/language-decisions.md#escape
function "lib_escape_example" {
  input {
  }

  stack {
    var $x {
      value = "a\tb\n\"c\""|escape
    }
  }

  response = $x
}
