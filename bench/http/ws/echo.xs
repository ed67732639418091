// A second endpoint that does some work: validates input and builds a Result.
query greet verb=GET {
  input {
    text name?="world" filters=trim
    int n?=1
  }
  stack {
    var $items {
      value = []
    }
    for ($input.n) {
      each as $i {
        var.update $items {
          value = $items|push:("hello " ~ $input.name)
        }
      }
    }
  }
  response = {success: true, data: $items, error: null}
}
