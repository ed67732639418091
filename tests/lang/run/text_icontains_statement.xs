// docs: Xano XanoScript reference, syntax/string-filters (text functions)
function "text_icontains_statement" {
  input {
  }

  stack {
    var $s {
      value = "Disk ERROR"
    }
    text.icontains $s {
      value = "error"
    } as $r
  }

  response = $r
}
