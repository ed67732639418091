// judgement: see docs/language-decisions.md#text-length
function "filter_strlen_counts_characters" {
  input {
  }

  stack {
    var $x {
      value = "étude"|strlen
    }
  }

  response = $x
}
