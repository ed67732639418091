// docs: Xano XanoScript language-server filter reference (hover docs), is_object
function "filter_is_object_true" {
  input {
  }

  stack {
    var $x {
      value = {id:2, value:3, size:4}|is_object
    }
  }

  response = $x
}
