function filter_hash_and_encode {
  input {
    text s
  }

  stack {
    var $out {
      value = [($input.s|md5), ($input.s|sha256), ($input.s|base64_encode), ($input.s|hmac_sha256:$env.hook_secret)]
    }
  }

  response = $out
}
