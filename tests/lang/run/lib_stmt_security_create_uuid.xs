// judgement: see docs/language-decisions.md#lib-misc
function "lib_stmt_security_create_uuid" {
  input {
  }

  stack {
    security.create_uuid as $u
  }

  response = {length: $u|strlen, dashes: $u|split:"-"|count, version: $u|substr:14:1}
}
