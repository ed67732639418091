function string_unicode.xs {
  input {
  }

  stack {
    var $out {
      value = "naïve café – ünïcödé ✓"
    }
  }

  response = $out
}
