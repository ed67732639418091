// docs: Xano XanoScript reference, essentials
function "filter_filter_truthy_field" {
  input {
  }

  stack {
    var $x {
      value = [{name:"a", active:true},{name:"b", active:false}]|filter:$$.active
    }
  }

  response = $x
}
