# zip.* and storage.*: an archive xsflow writes is one other tools read
# (python3's zipfile, unzip -l), and create_attachment / delete_file keep
# and remove files under the workspace's storage directory. Sourced by
# tests/run ($XSFLOW, $TMP, $ROOT).

# Writes a function returning a two-entry archive as a file resource.
files_zip_fn() {
    cat > "$1" <<'XS'
function "make_zip" {
  stack {
    storage.create_file_resource {
      filename = "a.txt"
      filedata = "alpha"
    } as $a
    zip.create_archive {
      filename = "out.zip"
    } as $zip
    zip.add_to_archive {
      file = $a
      zip = $zip
    }
    zip.add_to_archive {
      file = $a
      filename = "dir/b.txt"
      zip = $zip
    }
  }
  response = $zip
}
XS
}

test_files_zip_readable_by_others() {
    # a folder of its own: `xsflow run FILE` loads the file's folder as the workspace
    mkdir -p "$TMP/files.zip"
    files_zip_fn "$TMP/files.zip/mk.xs"
    "$XSFLOW" run "$TMP/files.zip/mk.xs" --compact > "$TMP/zip.json"
    jq -r .data "$TMP/zip.json" | base64 -d > "$TMP/out.zip"
    python3 - "$TMP/out.zip" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
assert z.namelist() == ["a.txt", "dir/b.txt"], z.namelist()
assert z.read("dir/b.txt") == b"alpha"
PY
    if command -v unzip > /dev/null; then
        unzip -l "$TMP/out.zip" | grep -q 'dir/b.txt'
    fi
}

test_files_storage_attachment_and_delete() {
    local ws="$TMP/files.ws"
    mkdir -p "$ws"
    echo '{"storage": {"dir": "files"}}' > "$ws/xsflow.json"
    cat > "$ws/keep.xs" <<'XS'
function "keep" {
  stack {
    storage.create_file_resource {
      filename = "note.txt"
      filedata = "kept"
    } as $f
    storage.create_attachment {
      value = $f
      access = "public"
      filename = "note.txt"
    } as $meta
  }
  response = $meta
}
XS
    "$XSFLOW" run "$ws/keep.xs" --workspace "$ws" --compact > "$TMP/meta.json"
    local path
    path=$(jq -r .path "$TMP/meta.json")
    [ "$(jq -c '{access, name, type, size, mime, meta}' "$TMP/meta.json")" = \
      '{"access":"public","name":"note.txt","type":"attachment","size":4,"mime":"text/plain","meta":{}}' ]
    [ "$(cat "$ws/files$path")" = kept ]
    cat > "$ws/del.xs" <<XS
function "del" {
  stack {
    storage.delete_file {
      pathname = "$path"
    }
  }
  response = true
}
XS
    "$XSFLOW" run "$ws/del.xs" --workspace "$ws" --compact > /dev/null
    [ ! -e "$ws/files$path" ]
    # again: the file is gone
    if "$XSFLOW" run "$ws/del.xs" --workspace "$ws" --compact 2> "$TMP/err"; then return 1; fi
    grep -q 'ERROR_CODE_NOT_FOUND' "$TMP/err"
    # a path out of the storage directory is refused
    sed -i 's|pathname = ".*"|pathname = "../xsflow.json"|' "$ws/del.xs"
    if "$XSFLOW" run "$ws/del.xs" --workspace "$ws" --compact 2> "$TMP/err"; then return 1; fi
    grep -q 'is not a path in the file storage' "$TMP/err"
    [ -e "$ws/xsflow.json" ]
}
