// docs: Xano XanoScript language-server filter reference (hover docs), remove
function "filter_remove_object" {
  input {
  }

  stack {
    var $x {
      value = [{v:1},{v:2},{v:3}]|remove:{v:2}
    }
  }

  response = $x
}
