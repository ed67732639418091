// judgement: see docs/language-decisions.md#lib-encodings
function "lib_unaccent_mixed" {
  input {
  }

  stack {
    var $x {
      value = "Ærø Œuvre ß Ğü naïve 東京"|unaccent
    }
  }

  response = $x
}
