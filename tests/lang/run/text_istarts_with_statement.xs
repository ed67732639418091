// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_istarts_with_statement" {
  input {
  }

  stack {
    var $s {
      value = "Intro to C"
    }
    text.istarts_with $s {
      value = "intro"
    } as $r
  }

  response = $r
}
