// judgement: see docs/language-decisions.md#empty-collections
function "lib_md5_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|md5
    }
  }

  response = $x
}
