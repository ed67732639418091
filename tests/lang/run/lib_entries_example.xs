// docs: Xano XanoScript language-server filter reference (hover docs), entries
function "lib_entries_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2}|entries
    }
  }

  response = $x
}
