// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_replace_example" {
  input {
  }

  stack {
    var $x {
      value = "hello world"|replace:"world":"there"
    }
  }

  response = $x
}
