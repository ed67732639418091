// docs: Xano XanoScript reference, syntax/string-filters
function "filter_split_comma" {
  input {
  }

  stack {
    var $x {
      value = "a,b,c"|split:","
    }
  }

  response = $x
}
