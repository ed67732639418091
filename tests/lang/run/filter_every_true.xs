// docs: Xano XanoScript reference, syntax/array-filters
function "filter_every_true" {
  input {
  }

  stack {
    var $x {
      value = [2,4,6]|every:$$%2==0
    }
  }

  response = $x
}
