// docs: Xano XanoScript language-server filter reference (hover docs), merge
function "filter_merge_arrays" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|merge:["a","b","c"]
    }
  }

  response = $x
}
