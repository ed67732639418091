// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sha1_example" {
  input {
  }

  stack {
    var $x {
      value = "abc"|sha1
    }
  }

  response = $x
}
