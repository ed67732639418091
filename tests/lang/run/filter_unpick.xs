// docs: Xano XanoScript reference, syntax
function "filter_unpick" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2,c:3}|unpick:["b"]
    }
  }

  response = $x
}
