// docs: Xano XanoScript language-server filter reference (hover docs), floor
function "filter_floor_hover" {
  input {
  }

  stack {
    var $x {
      value = 2.5|floor
    }
  }

  response = $x
}
