// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_md5_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|md5
    }
  }

  response = $x
}
