// docs: Xano XanoScript language-server filter reference (hover docs), intersect
function "filter_intersect" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|intersect:[3,2]
    }
  }

  response = $x
}
