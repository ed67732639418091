function string_unicode {
  input {
  }

  stack {
    var $out {
      value = "naïve café – ünïcödé ✓"
    }
  }

  response = $out
}
