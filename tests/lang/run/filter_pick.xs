// docs: Xano XanoScript reference, syntax
function "filter_pick" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2,c:3}|pick:["a","c"]
    }
  }

  response = $x
}
