function reserved_words_as_object_keys {
  input {
  }

  stack {
    var $o {
      value = {
        value: 1
        input: {a: 2}
        table: "job"
        where: "x"
        type : "list"
        name : "n"
        as   : "_alias"
        sort : "asc"
        id   : 7
      }
    }
  }

  response = $o
}
