// docs: Xano XanoScript language-server filter reference (hover docs), slice
function "filter_slice_offset_length" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4,5]|slice:2:2
    }
  }

  response = $x
}
