// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_md5_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|md5
    }
  }

  response = $x
}
