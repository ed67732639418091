// judgement: see docs/language-decisions.md#statement-functions
function "array_group_by_statement" {
  input {
  }

  stack {
    var $users {
      value = [{n: "a", g: "f"}, {n: "b", g: "m"}, {n: "c", g: "f"}]
    }
    array.group_by ($users) {
      by = $this.g
    } as $by_g
  }

  response = $by_g
}
