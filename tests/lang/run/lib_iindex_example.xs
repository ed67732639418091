// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_iindex_example" {
  input {
  }

  stack {
    var $x {
      value = "HELLO"|iindex:"l"
    }
  }

  response = $x
}
