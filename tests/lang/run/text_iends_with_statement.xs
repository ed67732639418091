// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_iends_with_statement" {
  input {
  }

  stack {
    var $s {
      value = "REPORT.PDF"
    }
    text.iends_with $s {
      value = "pdf"
    } as $r
  }

  response = $r
}
