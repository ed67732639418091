// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_trim_characters" {
  input {
  }

  stack {
    var $x {
      value = "xxhixx"|trim:"x"
    }
  }

  response = $x
}
