// judgement: see docs/language-decisions.md#empty-collections
function "lib_ltrim_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|ltrim
    }
  }

  response = $x
}
