// judgement: see docs/language-decisions.md#lib-yaml
function "lib_yaml_decode_nested" {
  input {
  }

  stack {
    var $x {
      value = "list:\n  - x\n  - '007'\nmap: {k: ~, ok: yes, n: 0x1F}\nf: 1.5"|yaml_decode
    }
  }

  response = $x
}
